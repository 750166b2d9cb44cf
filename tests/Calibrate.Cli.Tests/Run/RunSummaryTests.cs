using System.Globalization;
using Calibrate.Cli.Commands.Run;

namespace Calibrate.Cli.Tests.Run;

public sealed class RunSummaryTests
{
    private static readonly StoredResult Stored = new("results/calibrate.db", ["results/20261121T100000Z-wn042-x.json"], false, null);

    [TestCase("")]
    [TestCase("de-DE")]
    public void The_summary_is_the_same_in_every_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Snapshot.Match(RunSummary.Render(SampleRun.Result(), Stored), "run-summary.txt");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void A_disturbed_run_says_so_with_its_reasons() =>
        Snapshot.Match(RunSummary.Render(SampleRun.Result(disturbed: true), Stored with { StoreFailed = true, StoreError = "store down", StoreLocation = null }), "run-summary-disturbed.txt");

    [Test]
    public void Progress_lines_say_what_is_happening_and_how_long_is_left()
    {
        var line = RunProgressView.Headline(new Agent.Running.RunProgress("measuring", 2, 2, 180, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(45), 0.0061));
        Assert.That(line, Is.EqualTo("calibrate: measuring 2 copies, 180 samples, ±0.61%, 15 s left"));
    }
}
