using System.Globalization;
using System.Text;
using Calibrate.Core.Probing;

namespace Calibrate.Agent.Probing;

/// <summary>
/// The human-readable summary <c>calibrate probe</c> prints without --json: aligned "Key:  value" lines, the same
/// under every culture (numbers are formatted invariantly), "\n" line ends so that snapshots compare on any OS.
/// </summary>
public static class ProbeSummary
{
    private const long KiBPerMiB = 1024;
    private const long KiBPerGiB = 1024 * 1024;
    private const int Gap = 2;

    public static string Render(NodeProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var cpu = probe.Cpu;
        var lines = new List<(string Key, string Value)>
        {
            ("Host", probe.Hostname),
            ("Model name", cpu.ModelName),
            ("Vendor", Invariant($"{cpu.Vendor}{Detail("family", cpu.Family)}{Detail("model", cpu.Model)}{Detail("stepping", cpu.Stepping)}")),
            ("Architecture", cpu.Architecture ?? "unknown"),
            ("CPUs", Invariant($"{cpu.LogicalCpus}")),
            ("Online CPUs", Invariant($"{cpu.OnlineCpus} ({cpu.OnlineCpus.Count})")),
            ("Topology", Invariant($"{cpu.Sockets} socket(s) x {cpu.CoresPerSocket} core(s) x {cpu.ThreadsPerCore} thread(s)")),
            ("SMT", probe.SmtActive ? "active" : "inactive"),
            ("NUMA nodes", Invariant($"{probe.Numa.Count}")),
        };
        lines.AddRange(probe.Numa.Select(n => (Invariant($"NUMA node{n.Node}"), n.Cpus.ToString())));
        lines.AddRange(
        [
            ("Hypervisor", probe.Hypervisor switch
            {
                null => "none (bare metal)",
                HypervisorDetector.Unidentified => "present (vendor unknown)",
                var name => name,
            }),
            ("Governor", probe.Governor ?? "none (no cpufreq)"),
            ("Boost", probe.Boost switch { true => "enabled", false => "disabled", null => "unknown" }),
            ("Max MHz", cpu.MaxMHz is { } mhz ? mhz.ToString("0", CultureInfo.InvariantCulture) : "unknown"),
            ("Allowed CPUs", Invariant($"{probe.AllowedCpus} ({probe.AllowedCpus.Count})")),
            ("Caches", probe.Caches.Count == 0 ? "unknown" : string.Join(", ", probe.Caches.Select(Cache))),
            ("Memory", probe.MemoryKiB is { } kib ? (kib / (double)KiBPerGiB).ToString("0.0", CultureInfo.InvariantCulture) + " GiB" : "unknown"),
            ("Kernel", probe.KernelRelease ?? "unknown"),
            ("DMI", probe.Dmi is { } dmi ? string.Join(" / ", new[] { dmi.SystemVendor, dmi.ProductName, dmi.BiosVersion }.Select(s => s ?? "-")) : "none"),
        ]);

        var width = lines.Max(l => l.Key.Length) + 1 + Gap;
        var sb = new StringBuilder();
        foreach (var (key, value) in lines)
        {
            sb.Append((key + ":").PadRight(width)).Append(value).Append('\n');
        }

        return sb.ToString();
    }

    private static string Detail(string name, int? value) => value is { } v ? Invariant($", {name} {v}") : "";

    /// <summary>"L1d 32 KiB x 2": the size of one instance and the number of instances, as lscpu counts them.</summary>
    private static string Cache(CacheLevel cache)
    {
        var name = "L" + cache.Level.ToString(CultureInfo.InvariantCulture) + cache.Type switch
        {
            "Data" => "d",
            "Instruction" => "i",
            _ => "",
        };
        return Invariant($"{name} {Size(cache.SizeKiB)} x {cache.Instances}");
    }

    private static string Size(long kib) =>
        kib >= KiBPerGiB && kib % KiBPerGiB == 0 ? Invariant($"{kib / KiBPerGiB} GiB")
        : kib >= KiBPerMiB && kib % KiBPerMiB == 0 ? Invariant($"{kib / KiBPerMiB} MiB")
        : Invariant($"{kib} KiB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
