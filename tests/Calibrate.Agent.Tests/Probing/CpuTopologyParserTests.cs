using Calibrate.Agent.Probing;
using Calibrate.Core.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Probing;

public sealed class CpuTopologyParserTests
{
    private static CpuTopologyFiles Cpu(int cpu, string threads, string package) =>
        new(cpu) { ThreadSiblingsList = threads + "\n", CoreSiblingsList = package + "\n" };

    [Test]
    public void Two_sockets_of_two_smt_cores_as_lscpu_counts_them()
    {
        var files = new[]
        {
            Cpu(0, "0,4", "0-1,4-5"), Cpu(1, "1,5", "0-1,4-5"), Cpu(2, "2,6", "2-3,6-7"), Cpu(3, "3,7", "2-3,6-7"),
            Cpu(4, "0,4", "0-1,4-5"), Cpu(5, "1,5", "0-1,4-5"), Cpu(6, "2,6", "2-3,6-7"), Cpu(7, "3,7", "2-3,6-7"),
        };
        var topology = CpuTopologyParser.Parse(files, [], CpuSet.Range(0, 8), _ => 0);
        Assert.Multiple(() =>
        {
            Assert.That((topology.Sockets, topology.CoresPerSocket, topology.ThreadsPerCore), Is.EqualTo((2, 2, 2)));
            Assert.That(topology.Cpus[4], Is.EqualTo(new LogicalCpu(4, 0, 0, 0)), "cpu4 is cpu0's sibling");
            Assert.That(topology.Cpus[2], Is.EqualTo(new LogicalCpu(2, 2, 1, 0)));
        });
    }

    [Test]
    public void Offline_siblings_have_no_topology_directory_and_do_not_count()
    {
        // cpu1 and cpu3 are offline: the kernel removed their topology directories and left the survivors' siblings.
        var files = new[] { Cpu(0, "0", "0,2"), new CpuTopologyFiles(1), Cpu(2, "2", "0,2"), new CpuTopologyFiles(3) };
        var topology = CpuTopologyParser.Parse(files, [], CpuSet.Parse("0,2"), _ => 0);
        Assert.Multiple(() =>
        {
            Assert.That((topology.Sockets, topology.CoresPerSocket, topology.ThreadsPerCore), Is.EqualTo((1, 2, 1)));
            Assert.That(topology.Cpus.Select(c => c.Cpu), Is.EqualTo(new[] { 0, 2 }));
        });
    }

    [Test]
    public void Reads_the_masks_where_old_kernels_have_no_lists()
    {
        var files = new[]
        {
            new CpuTopologyFiles(0) { ThreadSiblingsMask = "00000003", CoreSiblingsMask = "0000000f" },
            new CpuTopologyFiles(2) { ThreadSiblingsMask = "0000000c", CoreSiblingsMask = "0000000f" },
        };
        var topology = CpuTopologyParser.Parse(files, [], CpuSet.Range(0, 4), _ => 0);
        Assert.That((topology.Sockets, topology.CoresPerSocket, topology.ThreadsPerCore), Is.EqualTo((1, 2, 2)));
    }

    [Test]
    public void Counts_512_cpus_without_a_64_bit_limit()
    {
        // 2 sockets x 128 cores x 2 threads; cpu N and N+256 are siblings, as Linux numbers them on x86.
        var files = Enumerable.Range(0, 512).Select(cpu =>
        {
            var core = cpu % 256;
            var socket = core / 128;
            return Cpu(cpu, $"{core},{core + 256}", $"{socket * 128}-{(socket * 128) + 127},{(socket * 128) + 256}-{(socket * 128) + 383}");
        }).ToList();
        var online = CpuSet.Parse("0-511");
        var topology = CpuTopologyParser.Parse(files, [], online, cpu => cpu % 256 / 128);
        Assert.Multiple(() =>
        {
            Assert.That((topology.Sockets, topology.CoresPerSocket, topology.ThreadsPerCore), Is.EqualTo((2, 128, 2)));
            Assert.That(topology.Cpus, Has.Count.EqualTo(512));
            Assert.That(topology.Cpus[511], Is.EqualTo(new LogicalCpu(511, 255, 1, 1)));
        });
    }

    [Test]
    public void Falls_back_to_cpuinfo_ids_where_sysfs_has_no_topology()
    {
        CpuInfoProcessor[] processors = [new(0, 0, 0), new(1, 0, 0), new(2, 0, 1), new(3, 0, 1)];
        var topology = CpuTopologyParser.Parse([], processors, CpuSet.Range(0, 4), _ => 0);
        Assert.That((topology.Sockets, topology.CoresPerSocket, topology.ThreadsPerCore), Is.EqualTo((1, 2, 2)));
    }

    [Test]
    public void Without_any_topology_every_online_cpu_is_a_core_of_one_socket()
    {
        var topology = CpuTopologyParser.Parse([], [new(0, null, null), new(1, null, null)], CpuSet.Range(0, 2), _ => 0);
        Assert.Multiple(() =>
        {
            Assert.That((topology.Sockets, topology.CoresPerSocket, topology.ThreadsPerCore), Is.EqualTo((1, 2, 1)));
            Assert.That(topology.Cpus, Is.EqualTo(new[] { new LogicalCpu(0, 0, 0, 0), new LogicalCpu(1, 1, 0, 0) }));
        });
    }
}
