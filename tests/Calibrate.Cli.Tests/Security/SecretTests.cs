using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;

namespace Calibrate.Cli.Tests.Security;

/// <summary>
/// A PostgreSQL password given anywhere (in the URL's user part, as a password= parameter, through $CALIBRATE_STORE or
/// the configuration) is never printed, in text or --json, and never written into a job script or a record
/// (issue 15, defect 3).
/// </summary>
public sealed class SecretTests
{
    private const string Secret = "s3cretPW";

    private static readonly string[] Urls =
    [
        $"postgresql://cal:{Secret}@db.example.org/calibrate",
        $"postgres://cal:{Secret}@db.example.org:5433/calibrate?sslmode=require",
        $"postgresql://cal@db.example.org/calibrate?password={Secret}",
        $"postgresql://cal@db.example.org/calibrate?sslmode=require&password={Secret}",
    ];

    [TestCaseSource(nameof(Urls))]
    public void Fleet_submit_refuses_a_store_URL_with_a_password_and_writes_nothing(string url)
    {
        foreach (var extra in new[] { "--dry-run", "--json" })
        {
            using var cli = new CliRunner();
            var (exit, output, error) = cli.Run("fleet", "submit", "--scheduler", "slurm", "--nodes", "wn001,wn002", "--store", url, extra);
            AssertRefused(exit, output, error);
            Assert.That(cli.FilesWritten().Where(f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal)), Is.Empty);
        }
    }

    [TestCaseSource(nameof(Urls))]
    public void Fleet_submit_refuses_a_password_in_CALIBRATE_STORE(string url)
    {
        using var cli = new CliRunner();
        cli.Environment["CALIBRATE_STORE"] = url;
        var (exit, output, error) = cli.Run("fleet", "submit", "--scheduler", "slurm", "--nodes", "wn001", "--dry-run", "--json");
        AssertRefused(exit, output, error);
    }

    [TestCaseSource(nameof(Urls))]
    public void Config_check_never_prints_a_password(string url)
    {
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), $"store:\n  central: {url}\n");
        var (_, output, error) = cli.Run("config", "check", "--config", "calibrate.yaml");
        Assert.That(output + error, Does.Not.Contain(Secret));
    }

    [TestCaseSource(nameof(Urls))]
    public void A_store_option_with_a_password_is_refused_without_echoing_it(string url)
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("results", "list", "--store", url);
        Assert.That(exit, Is.Not.Zero);
        Assert.That(output + error, Does.Not.Contain(Secret));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [TestCaseSource(nameof(Urls))]
    public void Boot_journal_line_never_shows_a_password(string url)
    {
        var config = new CalibrateConfig { Store = new StoreSettings { Central = url } };
        Assert.That(BootLines.Config(config, url), Does.Not.Contain(Secret));
    }

    private static void AssertRefused(int exit, string output, string error)
    {
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), error);
            Assert.That(output + error, Does.Not.Contain(Secret));
            Assert.That(error, Does.Contain("PGPASSWORD"));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        });
    }
}
