namespace Calibrate.Agent.Probing;

/// <summary>
/// What the node says about a hypervisor under it, gathered from files (and, live only, from CPUID). Each member
/// is the raw text or null where the node has no such file.
/// </summary>
public sealed record HypervisorEvidence
{
    /// <summary>The 12-byte vendor signature of CPUID leaf 0x40000000; only on a live x86 node.</summary>
    public string? CpuIdSignature { get; init; }

    /// <summary>The "hypervisor" cpuinfo flag: CPUID.1:ECX bit 31, which hardware leaves clear and hypervisors set.</summary>
    public bool HypervisorFlag { get; init; }

    /// <summary>/proc/sys/kernel/osrelease.</summary>
    public string? OsRelease { get; init; }

    /// <summary>/sys/class/dmi/id/sys_vendor.</summary>
    public string? DmiSystemVendor { get; init; }

    /// <summary>/sys/class/dmi/id/product_name.</summary>
    public string? DmiProductName { get; init; }

    /// <summary>/sys/class/dmi/id/bios_vendor.</summary>
    public string? DmiBiosVendor { get; init; }

    /// <summary>/sys/hypervisor/type ("xen" in Xen guests).</summary>
    public string? SysHypervisorType { get; init; }

    /// <summary>Whether /proc/xen exists (Xen paravirtualised guests and dom0).</summary>
    public bool ProcXen { get; init; }

    /// <summary>/proc/bus/pci/devices.</summary>
    public string? PciDevices { get; init; }
}
