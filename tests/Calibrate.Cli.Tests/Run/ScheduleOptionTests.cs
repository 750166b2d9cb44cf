using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;

namespace Calibrate.Cli.Tests.Run;

/// <summary>`run --schedule`: lockstep by default, rotate when asked, recorded in the result's plan; anything else is refused.</summary>
[NonParallelizable]
public sealed class ScheduleOptionTests
{
    [TestCase(null, "lockstep")]
    [TestCase("rotate", "rotate")]
    public void The_schedule_asked_for_is_the_one_run_and_recorded(string? schedule, string recorded)
    {
        using var cli = new CliRunner();
        string[] args = ["run", "--budget", "4s", "--copies", "1", "--json", .. schedule is null ? Array.Empty<string>() : ["--schedule", schedule]];
        var (exit, output, error) = cli.Run(args);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(CalibrateJson.DeserializeResult(output).Plan.Schedule, Is.EqualTo(recorded));
    }

    [Test]
    public void An_unknown_schedule_is_a_usage_error()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("run", "--schedule", "random", "--budget", "4s");
        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain("random"));
    }
}
