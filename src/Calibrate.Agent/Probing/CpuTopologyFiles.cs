namespace Calibrate.Agent.Probing;

/// <summary>
/// The texts of one CPU's /sys/devices/system/cpu/cpuN/topology files, each null when absent. Both the list and
/// the mask forms are carried because old kernels only have the masks (thread_siblings, core_siblings) and new
/// ones prefer package_cpus_list to the deprecated core_siblings_list (Documentation/ABI/stable/sysfs-devices-system-cpu).
/// </summary>
public sealed record CpuTopologyFiles(int Cpu)
{
    public string? ThreadSiblingsList { get; init; }

    public string? ThreadSiblingsMask { get; init; }

    public string? CoreSiblingsList { get; init; }

    public string? CoreSiblingsMask { get; init; }

    public bool HasTopology => ThreadSiblingsList is not null || ThreadSiblingsMask is not null;
}
