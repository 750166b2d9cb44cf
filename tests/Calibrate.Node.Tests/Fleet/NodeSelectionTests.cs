using Calibrate.Node.Fleet;
using Calibrate.Node.Hosting;

namespace Calibrate.Node.Tests.Fleet;

/// <summary>Requested nodes against the scheduler's list: exact or unique short name, anything else refused by name.</summary>
public sealed class NodeSelectionTests
{
    private static readonly BatchNode[] Listed = [new("wn001.example.org", 32), new("wn002.example.org", 64), new("wn002.other.org", 8), new("vm", 2)];

    [Test]
    public void Names_resolve_to_the_listed_node_exactly_or_by_unique_short_name() =>
        Assert.That(NodeSelection.Resolve(["wn001", "VM", "wn001.example.org"], Listed, "htcondor", "condor_status"), Is.EqualTo(new[] { Listed[0], Listed[3] }));

    [TestCase("wn003", "unknown node 'wn003': htcondor does not list it (`condor_status`)")]
    [TestCase("wn002", "node 'wn002' is ambiguous: htcondor lists wn002.example.org and wn002.other.org")]
    [TestCase("wn;rm -rf", "'wn;rm -rf' is not a node name")]
    [TestCase("-x", "'-x' is not a node name")]
    public void Anything_else_is_refused_in_one_line(string name, string message) =>
        Assert.That(() => NodeSelection.Resolve([name], Listed, "htcondor", "condor_status"), Throws.TypeOf<InputException>().With.Message.EqualTo(message));

    [Test]
    public void Hostlists_are_recognised_and_checked_before_they_reach_scontrol() => Assert.Multiple(() =>
    {
        Assert.That(NodeSelection.IsHostlist("wn[01-10,15],vm"), Is.True);
        Assert.That(NodeSelection.IsHostlist("wn01,wn02"), Is.False);
        Assert.That(NodeSelection.IsValidHostlist("wn[01-10,15],vm"), Is.True);
        Assert.That(NodeSelection.IsValidHostlist("wn[01-10];reboot"), Is.False);
        Assert.That(NodeSelection.Split(" wn01, wn02,,wn01 "), Is.EqualTo(new[] { "wn01", "wn02" }));
    });
}
