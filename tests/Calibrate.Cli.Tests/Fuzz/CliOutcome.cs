namespace Calibrate.Cli.Tests.Fuzz;

/// <summary>What every failing command promises, whatever its input: a documented exit code and plain lines on stderr.</summary>
internal static class CliOutcome
{
    /// <summary>The exit codes the README documents (0 to 6, 75, 130); 70 (internal error) is never the outcome of an input.</summary>
    public static readonly int[] Documented = [0, 1, 2, 3, 4, 5, 6, 75, 130];

    public static void AssertPlain(string input, int exit, string error)
    {
        var label = "input " + Core.Text.UntrustedText.Quote(input);
        Assert.That(exit, Is.AnyOf(Documented), label + ": " + error);
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("internal error").And.Not.Contain("Exception:"), label);
        Assert.That(error, Does.Not.Match(@"System\.[A-Z][A-Za-z]+(\.[A-Z][A-Za-z]+)*"), label + ": no .NET type name");
        foreach (var line in error.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.That(line.Any(c => char.IsControl(c) && c != '\r'), Is.False, label + ": one plain line, no raw control characters: " + line);
            Assert.That(line, Has.Length.LessThan(2000), label + ": a line of a readable length");
        }
    }
}
