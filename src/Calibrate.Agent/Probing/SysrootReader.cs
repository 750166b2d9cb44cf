using Calibrate.Core.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Probing;

/// <summary>
/// Pulls the probe's files from a sysroot, hands their texts to the parsers and assembles the <see cref="NodeProbe"/>.
/// With <see cref="LiveFacts"/> (a live node) the CPUID signature and sched_getaffinity add to what the files say;
/// without them (a captured tree) the affinity comes from the captured proc/self/status.
/// </summary>
public static class SysrootReader
{
    private const string UnknownHost = "unknown";

    public static NodeProbe Read(ISysroot root, LiveFacts? live)
    {
        ArgumentNullException.ThrowIfNull(root);
        var cpuinfo = ReadCpuInfo(root);
        var sysfs = new CpuSysfsReader(root);
        var listed = CpuSet.Of(cpuinfo.Processors.Select(p => p.Processor));
        var present = sysfs.Present;
        var possible = sysfs.Possible;
        var online = sysfs.Online ?? present ?? listed;

        // util-linux lscpu.c print_summary: "CPU(s)" counts the present CPUs; topology reads every possible CPU
        // that has a topology directory.
        var candidates = (possible ?? present ?? CpuSet.Of(sysfs.CpuDirectories())).Union(listed);
        var numa = ReadNuma(root, online);
        var topology = SysrootFile.Guard(root, "sys/devices/system/cpu/cpu*/topology", () =>
            CpuTopologyParser.Parse(sysfs.TopologyFiles(candidates), cpuinfo.Processors, online, cpu => NodeOf(numa, cpu)));
        var caches = SysrootFile.Guard(root, "sys/devices/system/cpu/cpu*/cache", () => CacheParser.Parse(sysfs.CacheIndexes(online)));

        return new NodeProbe
        {
            Hostname = KernelText.ParseWord(root.ReadText("proc/sys/kernel/hostname")) ?? live?.MachineName ?? UnknownHost,
            Cpu = new CpuDescription
            {
                ModelName = cpuinfo.ModelName ?? "-",
                Vendor = cpuinfo.Vendor ?? "-",
                Architecture = live?.Architecture ?? ArchitectureFrom(cpuinfo),
                Family = cpuinfo.Family,
                Model = cpuinfo.Model,
                Stepping = cpuinfo.Stepping,
                LogicalCpus = (present ?? possible ?? listed).Count,
                OnlineCpus = online,
                Sockets = topology.Sockets,
                CoresPerSocket = topology.CoresPerSocket,
                ThreadsPerCore = topology.ThreadsPerCore,
                MaxMHz = sysfs.MaxMHz(present ?? online),
                Flags = cpuinfo.Flags,
            },
            Numa = numa,
            Topology = topology.Cpus,
            Hypervisor = HypervisorDetector.Detect(ReadHypervisorEvidence(root, cpuinfo, live)),
            SmtActive = sysfs.SmtActive ?? topology.ThreadsPerCore > 1,
            Governor = sysfs.Governor(online),
            Boost = sysfs.Boost,
            AllowedCpus = AllowedCpus(root, online, live),
            Caches = caches,
            Dmi = ReadDmi(root),
            KernelRelease = KernelText.ParseWord(root.ReadText("proc/sys/kernel/osrelease")),
            MemoryKiB = root.ReadText("proc/meminfo") is { } meminfo
                ? SysrootFile.Guard(root, "proc/meminfo", () => MemInfoParser.ParseMemTotalKiB(meminfo))
                : null,
        };
    }

    private static CpuInfo ReadCpuInfo(ISysroot root)
    {
        var text = root.ReadText("proc/cpuinfo")
            ?? throw new ProbeException($"{root.Description} has no proc/cpuinfo: not a captured system tree.");
        var cpuinfo = SysrootFile.Guard(root, "proc/cpuinfo", () => CpuInfoParser.Parse(text));
        return cpuinfo.Processors.Count > 0
            ? cpuinfo
            : throw new ProbeException($"{root.Description} has a proc/cpuinfo that lists no processor: not a cpuinfo file.");
    }

    private static IReadOnlyList<NumaNode> ReadNuma(ISysroot root, CpuSet online)
    {
        const string nodeDirectory = "sys/devices/system/node";
        var texts = root.ListNames(nodeDirectory)
            .Select(NumaParser.NodeNumber)
            .OfType<int>()
            .Select(node => new NumaNodeText(
                node,
                root.ReadText($"{nodeDirectory}/node{node}/cpulist"),
                root.ReadText($"{nodeDirectory}/node{node}/cpumap")))
            .ToList();
        return SysrootFile.Guard(root, $"{nodeDirectory}/node*/cpulist", () => NumaParser.Parse(texts, online));
    }

    private static int NodeOf(IReadOnlyList<NumaNode> numa, int cpu) => numa.FirstOrDefault(n => n.Cpus.Contains(cpu))?.Node ?? 0;

    /// <summary>AllowedCpus = cgroup cpuset ∩ scheduler affinity ∩ online; a source the node lacks does not narrow it.</summary>
    private static CpuSet AllowedCpus(ISysroot root, CpuSet online, LiveFacts? live)
    {
        var allowed = online;
        if (CgroupCpuset(root) is { } cpuset)
        {
            allowed = allowed.Intersect(cpuset);
        }

        var affinity = live is not null
            ? live.Affinity
            : root.ReadText("proc/self/status") is { } status
                ? SysrootFile.Guard(root, "proc/self/status", () => ProcStatusParser.ParseCpusAllowed(status))
                : null;
        return affinity is null ? allowed : allowed.Intersect(affinity);
    }

    private static CpuSet? CgroupCpuset(ISysroot root)
    {
        if (root.ReadText("proc/self/cgroup") is not { } cgroup)
        {
            return null;
        }

        var membership = CgroupCpusetParser.ParseProcSelfCgroup(cgroup);
        var mounts = CgroupCpusetParser.ParseMountInfo(root.ReadText("proc/self/mountinfo") ?? "");
        foreach (var file in CgroupCpusetParser.CandidateFiles(membership, mounts))
        {
            var relative = file.TrimStart('/');
            if (root.ReadText(relative) is { } text && text.Trim().Length > 0)
            {
                return SysrootFile.Parse(root, relative, KernelText.ParseCpuList);
            }
        }

        return null;
    }

    private static HypervisorEvidence ReadHypervisorEvidence(ISysroot root, CpuInfo cpuinfo, LiveFacts? live) => new()
    {
        CpuIdSignature = live?.CpuIdSignature,
        HypervisorFlag = cpuinfo.HasFlag("hypervisor"),
        OsRelease = root.ReadText("proc/sys/kernel/osrelease"),
        DmiSystemVendor = root.ReadText("sys/class/dmi/id/sys_vendor"),
        DmiProductName = root.ReadText("sys/class/dmi/id/product_name"),
        DmiBiosVendor = root.ReadText("sys/class/dmi/id/bios_vendor"),
        SysHypervisorType = root.ReadText("sys/hypervisor/type"),
        ProcXen = root.Exists("proc/xen"),
        PciDevices = root.ReadText("proc/bus/pci/devices"),
    };

    private static DmiInfo? ReadDmi(ISysroot root)
    {
        var vendor = KernelText.ParseWord(root.ReadText("sys/class/dmi/id/sys_vendor"));
        var product = KernelText.ParseWord(root.ReadText("sys/class/dmi/id/product_name"));
        var bios = KernelText.ParseWord(root.ReadText("sys/class/dmi/id/bios_version"));
        return vendor is null && product is null && bios is null ? null : new DmiInfo(vendor, product, bios);
    }

    /// <summary>A captured tree has no uname: x86's "lm" flag means x86_64 (as lscpu's op-mode rule), Arm's implementer aarch64.</summary>
    private static string? ArchitectureFrom(CpuInfo cpuinfo) =>
        cpuinfo.HasFlag("lm") ? "x86_64" : cpuinfo.Implementer is not null ? "aarch64" : null;
}
