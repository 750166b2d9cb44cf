using Calibrate.Agent.Probing;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>
/// Snapshots of the human-readable summary of captured nodes, under the invariant culture and under a
/// comma-decimal culture (de-DE) that must not change a character. Expected files: TestData/snapshots.
/// </summary>
public sealed class ProbeSummaryTests
{
    [Test]
    public void Renders_a_captured_node_the_same_under_every_culture([Values("vmware_fpe", "kvm_epyc_2vcpu")] string capture)
    {
        var probe = NodeProber.Probe(SysrootCaptures.PathOf(capture));
        Snapshot.Match($"probe-summary.{capture}.txt", () => ProbeSummary.Render(probe), folder: Path.Combine("TestData", "snapshots"));
    }
}
