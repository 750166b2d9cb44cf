using Calibrate.Cli.Infrastructure;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Infrastructure;

/// <summary>Bad input: one clear line on stderr, a non-zero exit code, no stack trace, nothing written.</summary>
public sealed class BadInputTests
{
    [TestCase(new[] { "run", "--frobnicate" }, "--frobnicate")]
    [TestCase(new[] { "run", "--profile", "huge" }, "huge")]
    [TestCase(new[] { "run", "--pinning", "sockets" }, "unknown pinning 'sockets'")]
    [TestCase(new[] { "run", "--pinning", "list:0-9999" }, "not allowed for this process")]
    [TestCase(new[] { "run", "--pinning", "list:0-99999" }, "ids 0 to 65535")]
    [TestCase(new[] { "run", "--pinning", "thread", "--copies", "4096" }, "per allowed CPU")]
    [TestCase(new[] { "run", "--copies", "0" }, "--copies must be at least 1")]
    [TestCase(new[] { "run", "--precision", "abc" }, "--precision 'abc'")]
    [TestCase(new[] { "run", "--budget", "soon" }, "--budget 'soon'")]
    [TestCase(new[] { "run", "--reference-hs06-per-slot", "-3" }, "must be a positive number")]
    [TestCase(new[] { "probe", "--sysroot", "/nonexistent/sysroot" }, "/nonexistent/sysroot")]
    [TestCase(new[] { "frobnicate" }, "frobnicate")]
    public void Gets_one_clear_line_and_a_usage_exit_code(string[] args, string expected)
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run(args);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith("calibrate: ").And.Contain(expected));
            Assert.That(error, Does.Not.Contain("   at "));
            Assert.That(output, Is.Empty);
            Assert.That(cli.FilesWritten(), Is.Empty);
        });
    }

    [Test]
    public void A_malformed_sysroot_is_refused_without_a_stack_trace()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "root", "proc"));
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "root", "proc", "cpuinfo"), "\u0001garbage\n");
        var (exit, _, error) = cli.Run("probe", "--sysroot", "root");
        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void Decimal_options_mean_the_same_number_in_every_culture()
    {
        using var german = new CultureScope("de-DE");
        var option = InvariantOption.Number("--step", "step", 1);
        var command = new System.CommandLine.Command("x") { option };
        Assert.That(command.Parse(["--step", "0.05"]).GetValue(option), Is.EqualTo(0.05));
        Assert.That(command.Parse(["--step", "abc"]).Errors.Single().Message, Does.Contain("--step 'abc' is not a number"));
    }

    [Test]
    public void Plain_calibrate_prints_help()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run();
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output, Does.Contain("Usage:").And.Contain("calibrate run"));
    }
}
