using Calibrate.Agent.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Probing;

public sealed class SysrootReaderTests
{
    private static Dictionary<string, string> EightCpus() => new()
    {
        ["proc/cpuinfo"] = string.Concat(Enumerable.Range(0, 8).Select(i => $"processor\t: {i}\nmodel name\t: X\n\n")),
        ["sys/devices/system/cpu/possible"] = "0-7\n",
        ["sys/devices/system/cpu/present"] = "0-7\n",
        ["sys/devices/system/cpu/online"] = "0-5\n",
    };

    [Test]
    public void Allowed_cpus_are_the_v2_cpuset_and_the_affinity_within_the_online_cpus()
    {
        var files = EightCpus();
        files["proc/self/cgroup"] = "0::/batch/job42\n";
        files["sys/fs/cgroup/batch/job42/cpuset.cpus.effective"] = "2-7\n";
        files["proc/self/status"] = "Name:\tcat\nCpus_allowed_list:\t1-6\n";
        var probe = SysrootReader.Read(new InMemorySysroot(files), live: null);
        Assert.That(probe.AllowedCpus, Is.EqualTo(CpuSet.Parse("2-5")));
    }

    [Test]
    public void A_v1_cpuset_missing_at_the_named_path_is_read_from_its_ancestor()
    {
        var files = EightCpus();
        files["proc/self/cgroup"] = "4:cpuset:/docker/abc\n1:name=systemd:/\n";
        files["sys/fs/cgroup/cpuset/cpuset.effective_cpus"] = "0-3\n";
        var probe = SysrootReader.Read(new InMemorySysroot(files), live: null);
        Assert.That(probe.AllowedCpus, Is.EqualTo(CpuSet.Range(0, 4)));
    }

    [Test]
    public void Live_affinity_replaces_the_captured_status()
    {
        var files = EightCpus();
        files["proc/self/status"] = "Cpus_allowed_list:\t0-7\n";
        var live = new LiveFacts("KVMKVMKVM", CpuSet.Parse("4"), "node01", "x86_64");
        var probe = SysrootReader.Read(new InMemorySysroot(files), live);
        Assert.Multiple(() =>
        {
            Assert.That(probe.AllowedCpus, Is.EqualTo(CpuSet.Parse("4")));
            Assert.That(probe.Hypervisor, Is.EqualTo("KVM"));
            Assert.That(probe.Hostname, Is.EqualTo("node01"));
        });
    }

    [Test]
    public void Offline_cpus_count_in_cpus_but_not_in_the_topology()
    {
        var probe = SysrootReader.Read(new InMemorySysroot(EightCpus()), live: null);
        Assert.Multiple(() =>
        {
            Assert.That(probe.Cpu.LogicalCpus, Is.EqualTo(8));
            Assert.That(probe.Cpu.OnlineCpus, Is.EqualTo(CpuSet.Range(0, 6)));
            Assert.That(probe.Topology.Select(c => c.Cpu), Is.EqualTo(Enumerable.Range(0, 6)));
            Assert.That(probe.Numa.Single().Cpus, Is.EqualTo(CpuSet.Range(0, 6)));
        });
    }

    [Test]
    public void A_node_without_cpufreq_has_no_governor_boost_or_max_mhz()
    {
        var probe = SysrootReader.Read(new InMemorySysroot(EightCpus()), live: null);
        Assert.That((probe.Governor, probe.Boost, probe.Cpu.MaxMHz), Is.EqualTo(((string?)null, (bool?)null, (double?)null)));
    }
}
