using System.Globalization;
using Calibrate.Agent.Probing;
using Calibrate.Core.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>
/// The probe, run on each captured sysroot, agrees with what lscpu printed for the same machine. The three
/// captures from shared/testdata are util-linux's own lscpu test dumps; kvm_epyc_2vcpu was captured on the
/// development VM with TestData/capture-sysroot.sh. A new capture is one more line in <see cref="Captures"/>.
/// </summary>
[TestFixtureSource(nameof(Captures))]
public sealed class LscpuAgreementTests(CaptureCase capture)
{
    public static readonly CaptureCase[] Captures =
    [
        new("vbox-win"),
        new("vmware_fpe"),
        new("x86_64-dell_e4310"),

        // lscpu named KVM from CPUID leaf 0x40000000 alone: this Firecracker-style guest has no DMI, no
        // /sys/hypervisor and no hypervisor PCI device, and `lscpu --sysroot` on the same tree names no vendor.
        // The files only prove a hypervisor (the cpuinfo "hypervisor" flag).
        new("kvm_epyc_2vcpu", HypervisorFromFiles: HypervisorDetector.Unidentified),
    ];

    private NodeProbe _probe = null!;
    private LscpuExpected _lscpu = null!;

    [OneTimeSetUp]
    public void ProbeCapture()
    {
        _probe = NodeProber.Probe(SysrootCaptures.PathOf(capture.Name));
        _lscpu = LscpuExpected.Load(SysrootCaptures.LscpuExpectedOf(capture.Name));
    }

    [Test]
    public void Cpu_count_is_lscpus() => Assert.That(_probe.Cpu.LogicalCpus, Is.EqualTo(_lscpu.Int("CPU(s)")));

    [Test]
    public void Online_list_is_lscpus() =>
        Assert.That(_probe.Cpu.OnlineCpus, Is.EqualTo(CpuSet.Parse(_lscpu["On-line CPU(s) list"])));

    [Test]
    public void Model_name_and_vendor_are_lscpus() => Assert.Multiple(() =>
    {
        Assert.That(_probe.Cpu.ModelName, Is.EqualTo(_lscpu["Model name"]));
        Assert.That(_probe.Cpu.Vendor, Is.EqualTo(_lscpu["Vendor ID"]));
    });

    [Test]
    public void Sockets_cores_and_threads_are_lscpus() => Assert.Multiple(() =>
    {
        Assert.That(_probe.Cpu.Sockets, Is.EqualTo(_lscpu.Int("Socket(s)")), "Socket(s)");
        Assert.That(_probe.Cpu.CoresPerSocket, Is.EqualTo(_lscpu.Int("Core(s) per socket")), "Core(s) per socket");
        Assert.That(_probe.Cpu.ThreadsPerCore, Is.EqualTo(_lscpu.Int("Thread(s) per core")), "Thread(s) per core");
    });

    [Test]
    public void Numa_nodes_and_their_cpus_are_lscpus()
    {
        var expected = Enumerable.Range(0, _lscpu.Int("NUMA node(s)"))
            .Select(i => _probe.Numa.ElementAtOrDefault(i)?.Node ?? i)
            .Select(node => new NumaNode(node, CpuSet.Parse(_lscpu[$"NUMA node{node} CPU(s)"])));
        Assert.That(_probe.Numa, Is.EqualTo(expected));
    }

    [Test]
    public void Hypervisor_is_lscpus_where_the_files_carry_it()
    {
        var expected = capture.HypervisorFromFiles ?? _lscpu.Find("Hypervisor vendor");
        Assert.That(_probe.Hypervisor, Is.EqualTo(expected));
    }

    [Test]
    public void Max_mhz_is_lscpus_where_lscpu_prints_one()
    {
        var expected = _lscpu.Find("CPU max MHz");
        Assert.That(
            _probe.Cpu.MaxMHz,
            expected is null ? Is.Null : Is.EqualTo(double.Parse(expected, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Cache_totals_and_instances_are_lscpus()
    {
        // lscpu: "L1d cache:  256 KiB (16 instances)", the total over all instances.
        var expected = _lscpu.Summary
            .Where(kv => kv.Key.EndsWith(" cache", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[..^" cache".Length], kv => kv.Value);
        var actual = _probe.Caches.ToDictionary(
            c => "L" + c.Level.ToString(CultureInfo.InvariantCulture) + c.Type switch { "Data" => "d", "Instruction" => "i", _ => "" },
            c => LscpuSize(c.SizeKiB * c.Instances) + (c.Instances == 1 ? " (1 instance)" : $" ({c.Instances} instances)"));
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public void Each_online_cpu_has_lscpus_logical_core_socket_and_node()
    {
        Assume.That(_lscpu.Rows, Is.Not.Empty, "this lscpu file has no parsable block");
        var expected = _lscpu.Rows.Select(r => new LogicalCpu(r.Cpu, r.Core, r.Socket, r.Node));
        Assert.That(_probe.Topology, Is.EqualTo(expected));
    }

    private static string LscpuSize(long kib) =>
        kib % (1024 * 1024) == 0 ? $"{kib / (1024 * 1024)} GiB" : kib % 1024 == 0 ? $"{kib / 1024} MiB" : $"{kib} KiB";

    [Test]
    public void Allowed_cpus_are_a_non_empty_subset_of_online() =>
        Assert.That(_probe.AllowedCpus.IsSubsetOf(_probe.Cpu.OnlineCpus) && _probe.AllowedCpus.Count > 0, Is.True, _probe.AllowedCpus.ToString());
}
