using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests.Push;

/// <summary>
/// `push lsf --debounce` and `--verify-timeout` are waits of 0 up to a day, the most a push should hold the spool's
/// lock; anything else is refused with one line before the push reads a file (a negative or huge --debounce used to
/// reach the wait itself and fail there).
/// </summary>
public sealed class LsfPushWaitOptionTests
{
    [TestCase("--debounce", "-1")]
    [TestCase("--debounce", "1e12")]
    [TestCase("--verify-timeout", "-0.5")]
    [TestCase("--verify-timeout", "86401")]
    public void A_wait_out_of_range_is_a_usage_error_naming_the_option(string option, string value)
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("push", "lsf", "--conf-dir", "lsf-conf", "--spool", "spool", option, value);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), output + error);
            Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith($"calibrate: {option} must be between 0 and 86400 seconds, not "));
            Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "spool")), Is.False, "nothing was touched");
        });
    }
}
