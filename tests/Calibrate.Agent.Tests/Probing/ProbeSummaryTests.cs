using System.Globalization;
using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>
/// Snapshots of the human-readable summary of captured nodes, under the invariant culture and under a
/// comma-decimal culture (de-DE) that must not change a character. Expected files: TestData/snapshots.
/// </summary>
public sealed class ProbeSummaryTests
{
    [Test]
    public void Renders_a_captured_node_the_same_under_every_culture(
        [Values("vmware_fpe", "kvm_epyc_2vcpu")] string capture, [Values("", "de-DE")] string culture)
    {
        var probe = NodeProber.Probe(SysrootCaptures.PathOf(capture));
        var previous = CultureInfo.CurrentCulture;
        string rendered;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            rendered = ProbeSummary.Render(probe);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var expectedPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "snapshots", $"probe-summary.{capture}.txt");
        if (!File.Exists(expectedPath))
        {
            var received = Path.ChangeExtension(expectedPath, ".received.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            File.WriteAllText(received, rendered);
            Assert.Fail($"No snapshot {expectedPath}; the rendering was written to {received}.");
        }

        Assert.That(rendered, Is.EqualTo(File.ReadAllText(expectedPath)));
    }
}
