using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Factors;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Push;

/// <summary>`calibrate push arc` and `push apel` end to end: the store's latest estimates into one figure, on real files.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FleetPushCommandTests
{
    private const string Ce = "ce01.example.org:2811/nordugrid-Condor-grid";

    private const string ArcConf = "[common]\nhostname=ce01.example.org\n\n[queue:grid]\ncomment=Grid jobs\nbenchmark=HEPSPEC 10.5\n\n[queue:long]\ncomment=Long jobs\n";

    private const string ClientCfg = "[db]\nport = 3306\n\n[spec_updater]\nenabled = true\nsite_name = EXAMPLE-SITE\nmanual_spec1 = ce02.example.org:9619/ce02-condor,HEPSPEC,9.8\n\n[joiner]\nenabled = true\n";

    /// <summary>
    /// Three nodes: wn01 43.5 HS23 on 2 logical CPUs, wn02 60 HS23 on 4 (its disturbed newer run ignored), wn03 30 HS06 on 2.
    /// All three: (43.5 + 60 + 30) / 8 = 16.6875; wn01 and wn02: 103.5 / 6 = 17.25.
    /// </summary>
    private static CliRunner Fleet()
    {
        var cli = new CliRunner();
        TestResult[] results =
        [
            new TestResult { Hostname = "wn01", Copies = 2, EstimateValue = 43.5, Id = TestResult.IdOf(1) },
            new TestResult { Hostname = "wn02", Copies = 4, EstimateValue = 60, Id = TestResult.IdOf(2) },
            new TestResult { Hostname = "wn02", Copies = 4, EstimateValue = 600, Disturbed = true, Id = TestResult.IdOf(3), StartedUtc = TestResult.DefaultStart.AddHours(1) },
            new TestResult { Hostname = "wn03", Copies = 2, EstimateValue = 30, Unit = AccountingUnit.HS06, Id = TestResult.IdOf(4) },
        ];
        foreach (var (result, i) in results.Select((r, i) => (r, i)))
        {
            var file = Path.Combine(cli.WorkingDirectory, $"r{i}.json");
            ResultFiles.Write(file, result.Build());
            var imported = cli.Run("results", "import", file, "--store", "s.db");
            Assert.That(imported.Exit, Is.EqualTo(ExitCodes.Ok), imported.Error);
        }

        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "arc.conf"), ArcConf);
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "client.cfg"), ClientCfg);
        return cli;
    }

    private static string Read(CliRunner cli, string file) => File.ReadAllText(Path.Combine(cli.WorkingDirectory, file));

    [Test]
    public void Arc_and_apel_publish_the_same_figure_say_how_it_was_made_and_a_second_push_changes_nothing()
    {
        using var cli = Fleet();
        var arc = cli.Run("push", "arc", "--queue", "grid", "--all", "--store", "s.db", "--arc-conf", "arc.conf");
        var apel = cli.Run("push", "apel", "--ce", Ce, "--all", "--store", "s.db", "--client-conf", "client.cfg");
        Assert.That(arc.Exit, Is.EqualTo(ExitCodes.Ok), arc.Error);
        Assert.That(apel.Exit, Is.EqualTo(ExitCodes.Ok), apel.Error);
        Assert.Multiple(() =>
        {
            Assert.That(Read(cli, "arc.conf"), Is.EqualTo(ArcConf.Replace("benchmark=HEPSPEC 10.5\n", "benchmark=HEPscore23 16.69\nbenchmark=HEPSPEC 10.5\n", StringComparison.Ordinal)));
            Assert.That(Read(cli, "client.cfg"), Does.Contain($"manual_spec1 = ce02.example.org:9619/ce02-condor,HEPSPEC,9.8\nmanual_spec2 = {Ce},HEPscore23,16.69\n\n[joiner]"));
            foreach (var output in new[] { arc.Out, apel.Out })
            {
                Assert.That(output, Does.Contain("HS23 per logical CPU, capacity-weighted over 3 node(s): 133.5 / 8 logical CPUs"));
                Assert.That(output, Does.Contain("note: 1 node(s) with an estimate in HS06 carried 1:1 into HS23, as WLCG's accounting migration carries HS06 into HS23: wn03"));
            }
        });

        var again = cli.Run("push", "arc", "--queue", "grid", "--all", "--store", "s.db", "--arc-conf", "arc.conf");
        Assert.That(again.Out, Does.Contain("nothing to change"), again.Error);
        Assert.That(cli.Run("push", "apel", "--ce", Ce, "--all", "--store", "s.db", "--client-conf", "client.cfg").Out, Does.Contain("nothing to change"));
    }

    [Test]
    public void A_dry_run_shows_the_line_and_changes_nothing()
    {
        using var cli = Fleet();
        var (exit, output, error) = cli.Run("push", "arc", "--queue", "grid", "--hosts", "wn01,wn02", "--store", "s.db", "--arc-conf", "arc.conf", "--dry-run");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("\n+benchmark=HEPscore23 17.25\n").And.Contain("over 2 node(s)"));
        Assert.That(Read(cli, "arc.conf"), Is.EqualTo(ArcConf));
    }

    [Test]
    public void A_site_accounting_in_HS06_writes_HEPSPEC_and_names_the_carried_nodes()
    {
        using var cli = Fleet();
        cli.Environment["CALIBRATE_UNIT"] = "HS06";
        var (exit, output, error) = cli.Run("push", "apel", "--ce", Ce, "--hosts", "wn01,wn03,wn09", "--store", "s.db", "--client-conf", "client.cfg");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(Read(cli, "client.cfg"), Does.Contain($"manual_spec2 = {Ce},HEPSPEC,18.38\n"));
        Assert.That(output, Does.Contain("HS06 per logical CPU, capacity-weighted over 2 node(s)").And.Contain("carried 1:1 into HS06").And.Contain(": wn01"));
        Assert.That(error, Does.Contain("skipping wn09: no undisturbed estimate in the store"));
    }

    [Test]
    public void An_unknown_queue_is_one_line_and_the_file_stays()
    {
        using var cli = Fleet();
        var (exit, _, error) = cli.Run("push", "arc", "--queue", "short", "--all", "--store", "s.db", "--arc-conf", "arc.conf");
        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain("has no [queue:short] block"));
        Assert.That(Read(cli, "arc.conf"), Is.EqualTo(ArcConf));
    }

    [TestCase("arc", "--queue", "grid", "--arc-conf", "arc.conf")]
    [TestCase("apel", "--ce", Ce, "--client-conf", "client.cfg")]
    public void No_node_with_an_estimate_is_one_line_and_changes_nothing(string target, string option, string value, string confOption, string conf)
    {
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "arc.conf"), ArcConf);
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "client.cfg"), ClientCfg);
        var (exit, output, error) = cli.Run("push", target, option, value, "--all", "--store", "empty.db", confOption, conf);
        Assert.That(exit, Is.EqualTo(ExitCodes.Failed), output);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain("no node has a publishable undisturbed estimate in the store"));
        Assert.That(Read(cli, "arc.conf") + Read(cli, "client.cfg"), Is.EqualTo(ArcConf + ClientCfg));
    }

    [Test]
    public void Hosts_or_all_must_be_chosen()
    {
        using var cli = Fleet();
        var neither = cli.Run("push", "arc", "--queue", "grid", "--store", "s.db", "--arc-conf", "arc.conf");
        var both = cli.Run("push", "apel", "--ce", Ce, "--all", "--hosts", "wn01", "--store", "s.db", "--client-conf", "client.cfg");
        Assert.That(neither.Exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(both.Exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(neither.Error, Does.Contain("give either --hosts H1,H2"));
    }

    [Test]
    public void A_file_that_cannot_be_written_is_one_line_and_stays_as_it_was()
    {
        using var cli = Fleet();
        var mount = Path.Combine(cli.WorkingDirectory, "ro");
        Mounts.Tmpfs(mount, "size=64k");
        try
        {
            File.WriteAllText(Path.Combine(mount, "arc.conf"), ArcConf);
            Mounts.Remount(mount, "ro");
            var (exit, _, error) = cli.Run("push", "arc", "--queue", "grid", "--all", "--store", "s.db", "--arc-conf", "ro/arc.conf");
            Assert.That(exit, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain("arc.conf").And.Contain("left as it was"));
            Assert.That(File.ReadAllText(Path.Combine(mount, "arc.conf")), Is.EqualTo(ArcConf));
        }
        finally
        {
            Mounts.Unmount(mount);
        }
    }
}
