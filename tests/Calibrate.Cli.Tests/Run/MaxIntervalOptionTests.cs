using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Statistics.Quality;

namespace Calibrate.Cli.Tests.Run;

/// <summary>
/// `run --max-interval`: the quality gate on the run's own 95% interval is the one asked for (a gate no real run can
/// meet flags the run disturbed with the gate named; the other side, a wide gate letting a noisy run through, is
/// RunAnalysisNoiseTests' and the boot's end-to-end test's); a bad value is refused.
/// </summary>
[NonParallelizable]
public sealed class MaxIntervalOptionTests
{
    [Test]
    public void A_gate_narrower_than_any_run_flags_the_run_disturbed_naming_the_gate()
    {
        var result = Run("0.01%");
        Assert.Multiple(() =>
        {
            Assert.That(result.ScoreInterval, Is.Not.Null, "a 30 s run of one copy has the 45 samples of every kernel an interval needs");
            Assert.That(result.Disturbed, Is.True);
            Assert.That(result.Conclusions.Where(c => c.Code == ConclusionCodes.WithinRunNoise).Select(c => c.Message), Has.One.Contains("wider than ±0.01%"));
        });
    }

    [TestCase("0%")]
    [TestCase("100%")]
    [TestCase("wide")]
    public void A_gate_that_is_not_a_percentage_above_0_and_under_100_is_a_usage_error(string gate)
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("run", "--max-interval", gate, "--budget", "4s");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain($"--max-interval '{gate}'"));
        });
    }

    private static Core.Results.RunResult Run(string gate)
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("run", "--budget", "30s", "--copies", "1", "--max-interval", gate, "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        return CalibrateJson.DeserializeResult(output);
    }
}
