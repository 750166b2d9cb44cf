using Calibrate.Agent.Probing;
using Calibrate.Core.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Probing;

public sealed class NumaParserTests
{
    [Test]
    public void Reads_cpulist_or_else_the_cpumap_of_each_node_in_node_order()
    {
        NumaNodeText[] nodes = [new(1, null, "000000f0\n"), new(0, "0-3\n", "0000000f\n")];
        Assert.That(
            NumaParser.Parse(nodes, CpuSet.Range(0, 8)),
            Is.EqualTo(new[] { new NumaNode(0, CpuSet.Range(0, 4)), new NumaNode(1, CpuSet.Range(4, 4)) }));
    }

    [Test]
    public void A_kernel_without_numa_gets_one_node_with_every_online_cpu() =>
        Assert.That(NumaParser.Parse([], CpuSet.Parse("0-511")), Is.EqualTo(new[] { new NumaNode(0, CpuSet.Range(0, 512)) }));

    [Test]
    public void A_memory_only_node_has_no_cpus() =>
        Assert.That(NumaParser.Parse([new(2, "\n", null)], CpuSet.Range(0, 2)).Single().Cpus, Is.Empty);

    [TestCase("node0", 0)]
    [TestCase("node12", 12)]
    [TestCase("online", null)]
    [TestCase("nodex", null)]
    public void Node_numbers_come_from_directory_names(string name, int? node) =>
        Assert.That(NumaParser.NodeNumber(name), Is.EqualTo(node));
}
