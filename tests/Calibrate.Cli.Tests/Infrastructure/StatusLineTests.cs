using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests.Infrastructure;

public sealed class StatusLineTests
{
    [Test]
    public void On_a_terminal_the_line_is_redrawn_in_place_over_the_longer_one_and_cleared()
    {
        var error = new StringWriter();
        var status = new StatusLine(Context(error, terminal: true));
        status.Show(TimeSpan.Zero, () => "calibrate: long line");
        status.Show(TimeSpan.FromSeconds(1), () => "short");
        status.Clear();
        Assert.That(error.ToString(), Is.EqualTo("\rcalibrate: long line" + "\rshort               " + "\r     \r"));
    }

    [Test]
    public void Elsewhere_a_plain_line_comes_every_10_s_or_when_forced()
    {
        var error = new StringWriter();
        var status = new StatusLine(Context(error, terminal: false));
        var built = 0;
        foreach (var (seconds, force) in new[] { (1, false), (9, false), (10, false), (12, true), (19, false), (22, false) })
        {
            status.Show(TimeSpan.FromSeconds(seconds), () => { built++; return $"at {seconds} s"; }, force);
        }

        status.Clear();
        Assert.That(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "at 10 s", "at 12 s", "at 22 s" }));
        Assert.That(built, Is.EqualTo(3), "the text is built only for the lines written");
    }

    private static CliContext Context(StringWriter error, bool terminal) => new()
    {
        Out = new StringWriter(),
        Error = error,
        ErrorIsTerminal = terminal,
        WorkingDirectory = Path.GetTempPath(),
        GetEnvironment = _ => null,
    };
}
