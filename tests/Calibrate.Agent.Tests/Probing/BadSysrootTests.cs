using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>A sysroot that is missing or is not a captured system tree fails with one sentence that says so.</summary>
public sealed class BadSysrootTests
{
    private string _root = null!;

    [SetUp]
    public void CreateEmptyRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "calibrate-bad-sysroot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void A_missing_directory()
    {
        var missing = Path.Combine(_root, "nowhere");
        Assert.That(() => NodeProber.Probe(missing), Throws.TypeOf<ProbeException>()
            .With.Message.EqualTo($"sysroot {missing} does not exist or is not a directory."));
    }

    [Test]
    public void An_empty_directory() =>
        Assert.That(() => NodeProber.Probe(_root), Throws.TypeOf<ProbeException>()
            .With.Message.EqualTo($"sysroot {_root} has no proc/cpuinfo: not a captured system tree."));

    [Test]
    public void A_cpuinfo_of_garbage()
    {
        Write("proc/cpuinfo", "\u0000\u0001\u00ff random bytes\nnot a field\n");
        Assert.That(() => NodeProber.Probe(_root), Throws.TypeOf<ProbeException>()
            .With.Message.EqualTo($"sysroot {_root} has a proc/cpuinfo that lists no processor: not a cpuinfo file."));
    }

    [Test]
    public void A_cpuinfo_whose_processor_is_not_a_number()
    {
        Write("proc/cpuinfo", "processor\t: first\nmodel name\t: X\n");
        Assert.That(() => NodeProber.Probe(_root), Throws.TypeOf<ProbeException>()
            .With.Message.EqualTo($"sysroot {_root} has a malformed proc/cpuinfo: 'processor : first' does not number a processor."));
    }

    [Test]
    public void A_malformed_online_list_names_its_file()
    {
        Write("proc/cpuinfo", "processor\t: 0\n");
        Write("sys/devices/system/cpu/online", "0-x\n");
        Assert.That(() => NodeProber.Probe(_root), Throws.TypeOf<ProbeException>()
            .With.Message.StartsWith($"sysroot {_root} has a malformed sys/devices/system/cpu/online: "));
    }

    [Test]
    public void A_malformed_topology_file_names_the_topology_files()
    {
        Write("proc/cpuinfo", "processor\t: 0\n");
        Write("sys/devices/system/cpu/cpu0/topology/thread_siblings_list", "zero\n");
        Assert.That(() => NodeProber.Probe(_root), Throws.TypeOf<ProbeException>()
            .With.Message.StartsWith($"sysroot {_root} has a malformed sys/devices/system/cpu/cpu*/topology: "));
    }

    [Test]
    public void A_bare_cpuinfo_is_enough_for_a_probe()
    {
        Write("proc/cpuinfo", "processor\t: 0\nmodel name\t: Some CPU\n\nprocessor\t: 1\nmodel name\t: Some CPU\n");
        var probe = NodeProber.Probe(_root);
        Assert.Multiple(() =>
        {
            Assert.That(probe.Cpu.LogicalCpus, Is.EqualTo(2));
            Assert.That((probe.Cpu.Sockets, probe.Cpu.CoresPerSocket, probe.Cpu.ThreadsPerCore), Is.EqualTo((1, 2, 1)));
            Assert.That(probe.Hypervisor, Is.Null);
            Assert.That(probe.Hostname, Is.EqualTo("unknown"));
        });
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
