using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests.Security;

/// <summary>
/// Values typed on calibrate's command line that go into job scripts, submit files or a batch system's argv: a final
/// newline is no longer let through by a `$` anchor (.NET's `$` also matches before a last `\n`), and the refusal quotes
/// the value escaped, so a newline in it cannot start a second line on stderr or in a journal. Each is refused with one
/// line and exit 2, and nothing is submitted or written.
/// </summary>
public sealed class ArgumentInjectionTests
{
    [TestCase("--workdir", "/scratch/calibrate\n", "--workdir")]
    [TestCase("--workdir", "/scratch/calibrate\n#SBATCH --uid=0", "--workdir")]
    [TestCase("--nodes", "wn[001-002]\n", "hostlist")]
    [TestCase("--nodes", "wn001\n#SBATCH --uid=0,wn002", "node name")]
    [TestCase("--campaign", "c1\nrm -rf /", "--campaign")]
    public void Fleet_submit_refuses_a_value_with_a_newline_on_one_line_and_submits_nothing(string option, string value, string named)
    {
        using var cli = new CliRunner();
        string[] args = option == "--nodes"
            ? ["fleet", "submit", "--scheduler", "slurm", "--nodes", value, "--dry-run"]
            : ["fleet", "submit", "--scheduler", "slurm", "--nodes", "wn001", option, value, "--dry-run"];


        var (exit, output, error) = cli.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), output + error);
            Assert.That(error, Does.Contain(named));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(output, Is.Empty);
            Assert.That(cli.FilesWritten(), Is.Empty);
        });
    }
}
