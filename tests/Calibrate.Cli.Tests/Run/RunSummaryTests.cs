using Calibrate.Cli.Commands.Run;
using Calibrate.Core.Quality;
using Calibrate.Node.Measurement;
using Calibrate.TestSupport.Results;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Run;

public sealed class RunSummaryTests
{
    private static readonly StoredResult Stored = new("results/calibrate.db", ["results/20261121T100000Z-wn042-x.json"], false, null);

    /// <summary>A labelled run with a hint, whose kernels took different times over different sample counts.</summary>
    private static readonly TestResult Run = new()
    {
        Label = "kvm-2x1-pinned",
        Kernels = [TestKernel.Timed("namd", 1.0, 0.1012, 0.1020), TestKernel.Timed("povray", 2.0, 0.2031)],
        Conclusions = [new Conclusion(Severity.Hint, "bimodal-samples", "povray samples look bimodal")],
    };

    [Test]
    public void The_summary_is_the_same_in_every_culture() =>
        Snapshot.Match("run-summary.txt", () => RunSummary.Render(Run.Build(), Stored));

    [Test]
    public void A_disturbed_run_says_so_with_its_reasons() =>
        Snapshot.Match("run-summary-disturbed.txt", () => RunSummary.Render((Run with { Disturbed = true, Conclusions = null }).Build(), Stored with { StoreFailed = true, StoreError = "store down", StoreLocation = null }));

    [Test]
    public void Progress_lines_say_what_is_happening_and_how_long_is_left()
    {
        var line = RunProgressView.Headline(new Agent.Running.RunProgress("measuring", 2, 2, 180, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(45), 0.0061));
        Assert.That(line, Is.EqualTo("calibrate: measuring 2 copies, 180 samples, ±0.61%, 15 s left"));
    }
}
