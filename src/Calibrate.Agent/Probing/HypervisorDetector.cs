using System.Globalization;

namespace Calibrate.Agent.Probing;

/// <summary>
/// Names the hypervisor the way lscpu does (util-linux sys-utils/lscpu-virt.c, lscpu_read_virtualization), in
/// lscpu's order: WSL from osrelease; the CPUID hypervisor leaf (live only); DMI; /proc/xen; the emulated PCI
/// devices of Xen, VMware and VirtualBox. lscpu's names are kept ("Oracle" for VirtualBox found by PCI,
/// "Innotek GmbH" for VirtualBox found by DMI). Beyond lscpu, which under --sysroot reads neither CPUID nor the
/// DMI tables, it then tries /sys/hypervisor/type and the DMI vendor strings systemd-detect-virt knows
/// (systemd src/basic/virt.c); and a node whose CPU carries the "hypervisor" flag but names no vendor anywhere
/// is <see cref="Unidentified"/>, never bare metal.
/// </summary>
public static class HypervisorDetector
{
    /// <summary>A hypervisor is certain (the cpuinfo flag) but nothing the probe can read names it.</summary>
    public const string Unidentified = "unknown";

    private static readonly (string Signature, string Name)[] CpuIdSignatures =
    [
        ("XenVMMXenVMM", "Xen"), ("KVMKVMKVM", "KVM"), ("Microsoft Hv", "Microsoft"), ("VMwareVMware", "VMware"),
        ("UnisysSpar64", "Unisys s-Par"),

        // Not known to lscpu, which would fall through to DMI; named here as lscpu names the same platform elsewhere.
        ("VBoxVBoxVBox", "Oracle"), ("TCGTCGTCGTCG", "QEMU"), (" lrpepyh  vr", "Parallels"), ("bhyve bhyve ", "bhyve"),
    ];

    /// <summary>lscpu's hv_vendor_pci/hv_graphics_pci pairs that it acts on.</summary>
    private static readonly (int Vendor, int Device, string Name)[] PciDevices =
    [
        (0x5853, 0x0001, "Xen"), (0x15ad, 0x0710, "VMware"), (0x80ee, 0xbeef, "Oracle"),
    ];

    /// <summary>DMI vendor and product prefixes of virtual platforms (systemd's dmi_vendor_table), with lscpu's names.</summary>
    private static readonly (string Prefix, string Name)[] DmiPrefixes =
    [
        ("KVM", "KVM"), ("OpenStack", "KVM"), ("KubeVirt", "KVM"), ("Amazon EC2", "KVM"), ("Google Compute Engine", "KVM"),
        ("QEMU", "KVM"), ("VMware", "VMware"), ("VMW", "VMware"), ("VirtualBox", "Oracle"), ("Oracle Corporation", "Oracle"),
        ("Xen", "Xen"), ("Parallels", "Parallels"), ("BHYVE", "bhyve"),
    ];

    public static string? Detect(HypervisorEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.OsRelease?.Contains("Microsoft", StringComparison.Ordinal) == true)
        {
            return "Windows Subsystem for Linux";
        }

        return FromCpuId(evidence.CpuIdSignature)
            ?? FromLscpuDmiRules(evidence)
            ?? (evidence.ProcXen ? "Xen" : null)
            ?? FromPci(evidence.PciDevices)
            ?? (KernelText.ParseWord(evidence.SysHypervisorType) == "xen" ? "Xen" : null)
            ?? FromDmiStrings(evidence)
            ?? (evidence.HypervisorFlag ? Unidentified : null);
    }

    public static string? FromCpuId(string? signature) =>
        string.IsNullOrEmpty(signature)
            ? null
            : CpuIdSignatures.FirstOrDefault(s => signature.StartsWith(s.Signature, StringComparison.Ordinal)).Name;

    private static string? FromLscpuDmiRules(HypervisorEvidence e)
    {
        var vendor = KernelText.ParseWord(e.DmiSystemVendor);
        var product = KernelText.ParseWord(e.DmiProductName);
        if (vendor == "innotek GmbH")
        {
            return "Innotek GmbH";
        }

        if (vendor?.Contains("HITACHI", StringComparison.Ordinal) == true && product?.Contains("LPAR", StringComparison.Ordinal) == true)
        {
            return "Hitachi";
        }

        return KernelText.ParseWord(e.DmiBiosVendor) == "Parallels" ? "Parallels" : null;
    }

    private static string? FromPci(string? devices)
    {
        if (devices is null)
        {
            return null;
        }

        // drivers/pci/proc.c: "%02x%02x\t%04x%04x\t..." = bus, devfn, vendor, device.
        foreach (var line in devices.Split('\n'))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[1].Length != 8
                || !int.TryParse(fields[1].AsSpan(0, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var vendor)
                || !int.TryParse(fields[1].AsSpan(4, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var device))
            {
                continue;
            }

            foreach (var known in PciDevices)
            {
                if (known.Vendor == vendor && known.Device == device)
                {
                    return known.Name;
                }
            }
        }

        return null;
    }

    private static string? FromDmiStrings(HypervisorEvidence e)
    {
        var product = KernelText.ParseWord(e.DmiProductName);
        var vendor = KernelText.ParseWord(e.DmiSystemVendor);
        if (vendor == "Microsoft Corporation" && product == "Virtual Machine")
        {
            return "Microsoft";
        }

        foreach (var text in new[] { product, vendor, KernelText.ParseWord(e.DmiBiosVendor) })
        {
            var match = DmiPrefixes.FirstOrDefault(p => text?.StartsWith(p.Prefix, StringComparison.Ordinal) == true);
            if (match.Name is not null)
            {
                return match.Name;
            }
        }

        return null;
    }
}
