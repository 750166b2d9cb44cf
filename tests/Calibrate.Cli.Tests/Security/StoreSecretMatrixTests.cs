using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Security;

/// <summary>
/// Every command that opens, shows or writes down the store, run with a database password given by every route a site
/// might use (a postgresql:// URL's user part or `password=` parameter, a key=value connection string in Npgsql's or
/// libpq's form, $CALIBRATE_STORE, the configuration's store.local or store.central): each is refused with one line and
/// a documented code, and the password appears in no stdout, stderr, file or file name under the working directory.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class StoreSecretMatrixTests
{
    private const string Secret = "Pw0rd-s3cret";

    private const string Id = "00000000-0000-0000-0000-000000000001";

    /// <summary>How the password reaches calibrate: store arguments on the command line, or an arrangement (variable, file).</summary>
    private static readonly Dictionary<string, (string[] StoreArguments, Action<CliRunner> Arrange)> Routes = new()
    {
        ["url-user-part"] = (["--store", $"postgresql://cal:{Secret}@db.example.org/calibrate"], OnTheCommandLine),
        ["url-password-parameter"] = (["--store", $"postgres://cal@db.example.org:5433/calibrate?sslmode=require&password={Secret}"], OnTheCommandLine),
        ["npgsql-key-value"] = (["--store", $"Host=db.example.org;Username=cal;Password={Secret};Database=calibrate"], OnTheCommandLine),
        ["libpq-key-value"] = (["--store", $"host=db.example.org user=cal password={Secret} dbname=calibrate"], OnTheCommandLine),
        ["variable-url"] = ([], cli => cli.Environment["CALIBRATE_STORE"] = $"postgresql://cal:{Secret}@db.example.org/calibrate"),
        ["variable-key-value"] = ([], cli => cli.Environment["CALIBRATE_STORE"] = $"Server=db.example.org;User Id=cal;Pwd={Secret}"),
        ["config-local"] = ([], cli => Configure(cli, $"store:\n  local: \"Host=db.example.org;Username=cal;Password={Secret}\"\n")),
        ["config-central"] = ([], cli => Configure(cli, $"store:\n  central: postgresql://cal:{Secret}@db.example.org/calibrate\n")),
    };

    /// <summary>Each command that opens the store (or names it in what it prints or writes), as it is typed.</summary>
    private static readonly string[] Commands =
    [
        "results list",
        "results list --json",
        $"results show {Id}",
        $"results show {Id} --json",
        "results export --format csv",
        $"results export --result {Id}",
        "results import result.json",
        "results migrate --dry-run",
        $"results delete {Id}",
        "report --out report",
        "plot fleet --out fleet.svg",
        "compare --by label --baseline bare",
        "factor --json",
        "fleet outliers --json",
        "fleet status",
        "fleet submit --scheduler slurm --nodes wn001,wn002 --dry-run",
        "fleet submit --scheduler slurm --nodes wn001 --dry-run --json",
        "push mjf --dry-run --dir mjf",
        "push prometheus --dry-run --json --dir prom",
        "push slurm --dry-run --node wn001",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from route in Routes.Keys
        from command in Commands
        select new TestCaseData(route, command).SetName($"{{m}}({route}, {command})");

    [TestCaseSource(nameof(Cases))]
    public void A_password_by_any_route_is_refused_and_never_shown_or_written(string route, string command)
    {
        using var cli = new CliRunner();
        ResultFiles.Write(Path.Combine(cli.WorkingDirectory, "result.json"), new TestResult().Build());
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "prom"));
        var (storeArguments, arrange) = Routes[route];
        arrange(cli);

        var (exit, output, error) = cli.Run([.. command.Split(' '), .. storeArguments]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage).Or.EqualTo(ExitCodes.StoreUnavailable), error);
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(output + error, Does.Not.Contain(Secret));
            AssertNowhereUnder(cli.WorkingDirectory);
        });
    }

    [TestCase("config-central")]
    [TestCase("config-local")]
    [TestCase("variable-key-value")]
    public void Config_check_names_the_problem_without_the_password(string route)
    {
        using var cli = new CliRunner();
        Routes[route].Arrange(cli);
        var (_, output, error) = cli.Run("config", "check");
        Assert.That(output + error, Does.Not.Contain(Secret));
        AssertNowhereUnder(cli.WorkingDirectory);
    }

    [TestCase($"Host=db.example.org;Username=cal;Password={Secret}")]
    [TestCase($"host=db.example.org password={Secret}")]
    [TestCase($"postgresql://cal:{Secret}@db.example.org/calibrate")]
    [TestCase($"postgresql://cal@db.example.org/calibrate?password={Secret}")]
    public void Boot_journal_shows_no_password_of_a_local_store(string store)
    {
        var line = BootLines.Config(new CalibrateConfig(), store);
        Assert.That(line, Does.Not.Contain(Secret));
    }

    [Test]
    public void A_password_file_others_can_read_is_refused_like_libpq_does()
    {
        using var cli = new CliRunner();
        var pgpass = Path.Combine(cli.WorkingDirectory, "pgpass");
        File.WriteAllText(pgpass, $"*:*:*:*:{Secret}\n");
        File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        cli.Environment["PGPASSFILE"] = pgpass;

        // Port 1: nothing listens, so a password that was used only shows as "cannot reach".
        var (exit, output, error) = cli.Run("results", "list", "--store", "postgresql://cal@127.0.0.1:1/calibrate?connect_timeout=2");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.StoreUnavailable), error);
            Assert.That(error, Does.Contain("chmod 0600"));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(output + error, Does.Not.Contain(Secret));
        });

        File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var (_, _, privateError) = cli.Run("results", "list", "--store", "postgresql://cal@127.0.0.1:1/calibrate?connect_timeout=2");
        Assert.That(privateError, Does.Not.Contain("chmod"), "a private password file is used");
    }

    /// <summary>A FIFO (or a device) as the password file is refused in one line, never read: a read would wait for a writer.</summary>
    [Test]
    public void A_password_file_that_is_a_fifo_is_refused_not_read()
    {
        using var cli = new CliRunner();
        var pgpass = Path.Combine(cli.WorkingDirectory, "pgpass");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", ["-m", "600", pgpass]))
        {
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
        }

        cli.Environment["PGPASSFILE"] = pgpass;
        // A read of the FIFO would block for ever: the call must come back, not hang the test run.
        var run = Task.Run(() => cli.Run("results", "list", "--store", "postgresql://cal@127.0.0.1:1/calibrate?connect_timeout=2"));
        Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "calibrate came back within 60 s");
        var (exit, output, error) = run.Result;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.StoreUnavailable), output + error);
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain($"the password file {pgpass} is a FIFO, not a regular file"));
        });
    }

    /// <summary>Nothing to arrange: the password is in the store arguments.</summary>
    private static void OnTheCommandLine(CliRunner cli) => ArgumentNullException.ThrowIfNull(cli);

    private static void Configure(CliRunner cli, string yaml)
    {
        var path = Path.Combine(cli.WorkingDirectory, "calibrate.yaml");
        File.WriteAllText(path, yaml);
        cli.Environment["CALIBRATE_CONFIG"] = path;
    }

    /// <summary>Neither a file's content nor any name under <paramref name="root"/> holds the password (but the test's own input, calibrate.yaml).</summary>
    private static void AssertNowhereUnder(string root)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Where(e => Path.GetRelativePath(root, e) != "calibrate.yaml"))
        {
            Assert.That(Path.GetRelativePath(root, entry), Does.Not.Contain(Secret), "a file name");
            if (File.Exists(entry) && new FileInfo(entry).Length < 64 << 20)
            {
                Assert.That(File.ReadAllText(entry), Does.Not.Contain(Secret), entry);
            }
        }
    }
}
