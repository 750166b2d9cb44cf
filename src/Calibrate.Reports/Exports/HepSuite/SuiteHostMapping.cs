using System.Globalization;
using System.Text.Json;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>`host` from the result's probe and provenance, field by field as the suite's extractor fills it from lscpu, dmidecode and free.</summary>
internal static class SuiteHostMapping
{
    private const long KiBPerMiB = 1024;

    public static SuiteHost Of(RunResult result)
    {
        var probe = result.Probe;
        var cpu = probe.Cpu;
        return new SuiteHost
        {
            Hostname = result.Hostname,
            Tags = result.Label is { } label ? new Dictionary<string, string> { ["label"] = label } : new Dictionary<string, string>(),
            Software = new SuiteSoftware
            {
                Platform = probe.KernelRelease is { } release ? $"Linux-{release}-{cpu.Architecture ?? "unknown"}" : null,
                DotnetVersion = result.Provenance.RuntimeVersion,
                Os = new Dictionary<string, string> { ["description"] = result.Provenance.OsDescription },
                Kernel = KernelRelease.Parse(probe.KernelRelease),
            },
            Hardware = new SuiteHardware
            {
                Cpu = Cpu(probe),
                Bios = probe.Dmi?.BiosVersion is { } bios ? new Dictionary<string, string> { ["Version"] = bios } : null,
                System = new SuiteSystem
                {
                    Manufacturer = probe.Dmi?.SystemVendor,
                    ProductName = probe.Dmi?.ProductName,
                    IsVm = probe.Hypervisor is not null,
                    Hypervisor = probe.Hypervisor,
                },
                Memory = probe.MemoryKiB is { } kib ? new Dictionary<string, long> { ["Mem_Total"] = kib } : null,
            },
        };
    }

    private static SuiteCpu Cpu(NodeProbe probe)
    {
        var cpu = probe.Cpu;
        var suite = new SuiteCpu
        {
            Architecture = cpu.Architecture,
            CpuModel = cpu.ModelName,
            CpuFamily = cpu.Family?.ToString(CultureInfo.InvariantCulture),
            CpuNum = cpu.LogicalCpus,
            OnlineCpusList = cpu.OnlineCpus.ToString(),
            ThreadsPerCore = cpu.ThreadsPerCore,
            CoresPerSocket = cpu.CoresPerSocket,
            Sockets = cpu.Sockets,
            VendorId = cpu.Vendor,
            Stepping = cpu.Stepping?.ToString(CultureInfo.InvariantCulture),
            MaxSpeedMHz = cpu.MaxMHz,
            L2Cache = Cache(probe, 2),
            L3Cache = Cache(probe, 3),
            NumaNodes = probe.Numa.Count,
            PowerPolicy = probe.Governor,
            SmtEnabled = probe.SmtActive ? "1" : "0",
        };
        foreach (var node in probe.Numa)
        {
            suite.NumaNodeCpus[string.Create(CultureInfo.InvariantCulture, $"NUMA_node{node.Node}_CPUs")] =
                JsonSerializer.SerializeToElement(node.Cpus.ToString(), HepSuiteJsonContext.Default.String);
        }

        return suite;
    }

    /// <summary>As lscpu prints a cache level: the node's total and its instances, "32 MiB (2 instances)".</summary>
    private static string? Cache(NodeProbe probe, int level)
    {
        var caches = probe.Caches.Where(c => c.Level == level && c.Type != "Instruction").ToArray();
        if (caches.Length == 0)
        {
            return null;
        }

        var totalKiB = caches.Sum(c => c.SizeKiB * c.Instances);
        var instances = caches.Sum(c => c.Instances);
        var size = totalKiB % KiBPerMiB == 0
            ? (totalKiB / KiBPerMiB).ToString(CultureInfo.InvariantCulture) + " MiB"
            : totalKiB.ToString(CultureInfo.InvariantCulture) + " KiB";
        return string.Create(CultureInfo.InvariantCulture, $"{size} ({instances} instance{(instances == 1 ? "" : "s")})");
    }
}
