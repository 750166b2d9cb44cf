using System.Globalization;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Probing;

/// <summary>
/// The thin reader of /sys/devices/system/cpu (Documentation/ABI/stable/sysfs-devices-system-cpu and
/// Documentation/ABI/testing/sysfs-devices-system-cpu): it only pulls texts and hands them to the parsers.
/// </summary>
internal sealed class CpuSysfsReader(ISysroot root)
{
    private const string CpuDirectory = "sys/devices/system/cpu";

    public CpuSet? Possible => List("possible");

    public CpuSet? Present => List("present");

    public CpuSet? Online => List("online");

    /// <summary>smt/active (since Linux 4.19): "1" when sibling threads are online.</summary>
    public bool? SmtActive => SysrootFile.Parse(root, $"{CpuDirectory}/smt/active", KernelText.ParseInt) is { } active ? active == 1 : null;

    public bool? Boost => SysrootFile.Guard(root, $"{CpuDirectory}/cpufreq/boost", () => CpuFreqParser.Boost(
        root.ReadText($"{CpuDirectory}/cpufreq/boost"), root.ReadText($"{CpuDirectory}/intel_pstate/no_turbo")));

    /// <summary>The CPU numbers that have a cpuN directory.</summary>
    public IEnumerable<int> CpuDirectories() =>
        root.ListNames(CpuDirectory)
            .Where(name => name.StartsWith("cpu", StringComparison.Ordinal))
            .Select(name => int.TryParse(name.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var cpu) ? cpu : -1)
            .Where(cpu => cpu >= 0);

    public IReadOnlyList<CpuTopologyFiles> TopologyFiles(IEnumerable<int> cpus) =>
        cpus.Where(cpu => root.Exists(Topology(cpu, "")))
            .Select(cpu => new CpuTopologyFiles(cpu)
            {
                ThreadSiblingsList = root.ReadText(Topology(cpu, "thread_siblings_list")) ?? root.ReadText(Topology(cpu, "core_cpus_list")),
                ThreadSiblingsMask = root.ReadText(Topology(cpu, "thread_siblings")),
                CoreSiblingsList = root.ReadText(Topology(cpu, "core_siblings_list")) ?? root.ReadText(Topology(cpu, "package_cpus_list")),
                CoreSiblingsMask = root.ReadText(Topology(cpu, "core_siblings")),
            })
            .ToList();

    public IReadOnlyList<CacheIndexText> CacheIndexes(IEnumerable<int> cpus) =>
        cpus.SelectMany(cpu => root.ListNames($"{CpuDirectory}/cpu{cpu}/cache")
                .Where(name => name.StartsWith("index", StringComparison.Ordinal))
                .Select(name => $"{CpuDirectory}/cpu{cpu}/cache/{name}")
                .Select(dir => new CacheIndexText(cpu)
                {
                    Level = root.ReadText($"{dir}/level"),
                    Type = root.ReadText($"{dir}/type"),
                    Size = root.ReadText($"{dir}/size"),
                    SharedCpuList = root.ReadText($"{dir}/shared_cpu_list"),
                    SharedCpuMap = root.ReadText($"{dir}/shared_cpu_map"),
                }))
            .ToList();

    /// <summary>The scaling governor of the first of the CPUs that has cpufreq.</summary>
    public string? Governor(IEnumerable<int> cpus) =>
        cpus.Select(cpu => KernelText.ParseWord(root.ReadText($"{CpuDirectory}/cpu{cpu}/cpufreq/scaling_governor"))).FirstOrDefault(g => g is not null);

    public double? MaxMHz(IEnumerable<int> cpus) =>
        SysrootFile.Guard(root, $"{CpuDirectory}/cpu*/cpufreq/cpuinfo_max_freq", () =>
            CpuFreqParser.MaxMHz(cpus.Select(cpu => root.ReadText($"{CpuDirectory}/cpu{cpu}/cpufreq/cpuinfo_max_freq"))));

    private CpuSet? List(string name) => SysrootFile.Parse(root, $"{CpuDirectory}/{name}", KernelText.ParseCpuList);

    private static string Topology(int cpu, string file) => $"{CpuDirectory}/cpu{cpu}/topology/{file}".TrimEnd('/');
}
