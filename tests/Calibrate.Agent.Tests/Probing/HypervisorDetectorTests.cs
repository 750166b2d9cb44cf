using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

public sealed class HypervisorDetectorTests
{
    [TestCase("KVMKVMKVM", "KVM")]
    [TestCase("Microsoft Hv", "Microsoft")]
    [TestCase("VMwareVMware", "VMware")]
    [TestCase("XenVMMXenVMM", "Xen")]
    [TestCase("VBoxVBoxVBox", "Oracle")]
    [TestCase("TCGTCGTCGTCG", "QEMU")]
    [TestCase("GenuineIntel", null)]
    public void Names_cpuid_signatures_as_lscpu(string signature, string? name) =>
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { CpuIdSignature = signature }), Is.EqualTo(name));

    [Test]
    public void Cpuid_comes_before_every_file() =>
        Assert.That(
            HypervisorDetector.Detect(new HypervisorEvidence { CpuIdSignature = "KVMKVMKVM", DmiSystemVendor = "innotek GmbH", ProcXen = true }),
            Is.EqualTo("KVM"));

    [Test]
    public void Virtualbox_is_innotek_by_dmi_and_oracle_by_pci_as_in_lscpu() => Assert.Multiple(() =>
    {
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { DmiSystemVendor = "innotek GmbH\n" }), Is.EqualTo("Innotek GmbH"));
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { PciDevices = "0010\t80eebeef\t0\n" }), Is.EqualTo("Oracle"));
    });

    [Test]
    public void Vmware_and_xen_are_found_by_their_pci_devices() => Assert.Multiple(() =>
    {
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { PciDevices = "0000\t80861237\t0\n0078\t15ad0710\t0\n" }), Is.EqualTo("VMware"));
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { PciDevices = "0010\t58530001\t0\n" }), Is.EqualTo("Xen"));
    });

    [Test]
    public void Proc_xen_and_sys_hypervisor_name_xen() => Assert.Multiple(() =>
    {
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { ProcXen = true }), Is.EqualTo("Xen"));
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { SysHypervisorType = "xen\n" }), Is.EqualTo("Xen"));
    });

    [TestCase("QEMU", "Standard PC (Q35 + ICH9, 2009)", "KVM")]
    [TestCase("OpenStack Foundation", "OpenStack Nova", "KVM")]
    [TestCase("VMware, Inc.", "VMware7,1", "VMware")]
    [TestCase("Microsoft Corporation", "Virtual Machine", "Microsoft")]
    [TestCase("Dell Inc.", "PowerEdge R640", null)]
    [TestCase("Microsoft Corporation", "Surface Laptop 5", null)]
    public void Dmi_strings_name_what_lscpu_would_read_from_cpuid(string vendor, string product, string? name) =>
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { DmiSystemVendor = vendor, DmiProductName = product }), Is.EqualTo(name));

    [Test]
    public void Wsl_is_named_from_osrelease() =>
        Assert.That(
            HypervisorDetector.Detect(new HypervisorEvidence { OsRelease = "4.4.0-19041-Microsoft", CpuIdSignature = "Microsoft Hv" }),
            Is.EqualTo("Windows Subsystem for Linux"));

    [Test]
    public void The_hypervisor_flag_alone_is_a_hypervisor_without_a_name() =>
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { HypervisorFlag = true }), Is.EqualTo(HypervisorDetector.Unidentified));

    [Test]
    public void No_evidence_is_bare_metal() =>
        Assert.That(HypervisorDetector.Detect(new HypervisorEvidence { PciDevices = "0000\t80861237\t0\n" }), Is.Null);
}
