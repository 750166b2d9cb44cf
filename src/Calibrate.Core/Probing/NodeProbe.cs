using Calibrate.Core.Topology;

namespace Calibrate.Core.Probing;

/// <summary>What the probe found out about the node: the facts a measurement depends on and is compared by.</summary>
public sealed record NodeProbe
{
    public required string Hostname { get; init; }

    public required CpuDescription Cpu { get; init; }

    /// <summary>NUMA nodes with their CPU lists; one node 0 holding every CPU where the kernel exposes no NUMA.</summary>
    public required IReadOnlyList<NumaNode> Numa { get; init; }

    /// <summary>Per logical CPU: its core, socket and NUMA node (online CPUs only).</summary>
    public required IReadOnlyList<LogicalCpu> Topology { get; init; }

    /// <summary>Hypervisor vendor as lscpu names it ("KVM", "VMware", "Microsoft", "Xen", ...), or null on bare metal.</summary>
    public string? Hypervisor { get; init; }

    /// <summary>True when more than one hardware thread per core is online.</summary>
    public required bool SmtActive { get; init; }

    /// <summary>The cpufreq scaling governor of the first online CPU, or null where there is no cpufreq.</summary>
    public string? Governor { get; init; }

    /// <summary>Whether frequency boost (turbo) is enabled, where the kernel says.</summary>
    public bool? Boost { get; init; }

    /// <summary>The CPUs this process may run on: cgroup cpuset intersected with the scheduler affinity.</summary>
    public required CpuSet AllowedCpus { get; init; }

    public IReadOnlyList<CacheLevel> Caches { get; init; } = [];

    public DmiInfo? Dmi { get; init; }

    public string? KernelRelease { get; init; }

    /// <summary>Total memory in KiB from /proc/meminfo, where available.</summary>
    public long? MemoryKiB { get; init; }
}

public sealed record CpuDescription
{
    public required string ModelName { get; init; }

    public required string Vendor { get; init; }

    public string? Architecture { get; init; }

    public int? Family { get; init; }

    public int? Model { get; init; }

    public int? Stepping { get; init; }

    /// <summary>CPU(s) as lscpu counts them: possible/present logical CPUs.</summary>
    public required int LogicalCpus { get; init; }

    public required CpuSet OnlineCpus { get; init; }

    public required int Sockets { get; init; }

    public required int CoresPerSocket { get; init; }

    public required int ThreadsPerCore { get; init; }

    public double? MaxMHz { get; init; }

    public IReadOnlyList<string> Flags { get; init; } = [];
}

public sealed record NumaNode(int Node, CpuSet Cpus);

public sealed record LogicalCpu(int Cpu, int Core, int Socket, int Node);

public sealed record CacheLevel(int Level, string Type, long SizeKiB, int Instances);

public sealed record DmiInfo(string? SystemVendor, string? ProductName, string? BiosVersion);
