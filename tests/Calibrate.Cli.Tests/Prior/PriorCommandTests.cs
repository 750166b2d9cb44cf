using Calibrate.Cli.Infrastructure;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Prior;

/// <summary>
/// `calibrate prior --sysroot` on the captured trees, snapshot-tested under the invariant culture and de-DE: the
/// captures' own CPU models are not in the HS23 table (each says so), and three of them shown as models it has give
/// the exact, nearest and other-SMT-state rules, one of them a VM. A bad --prior-table is one line naming the file
/// and the line, exit 2.
/// </summary>
public sealed class PriorCommandTests
{
    private const string TableHeader = "CPU,SMT enabled,Online CPUs,# Sockets,Cores/Socket,Threads/core,Ncores,# Meas,Score,Site";

    private static IEnumerable<TestCaseData> Captures() => CapturedTrees.All.Select(c => new TestCaseData(c).SetArgDisplayNames(c));

    [TestCaseSource(nameof(Captures))]
    public void A_capture_whose_model_the_table_lacks_says_so(string capture)
    {
        using var trees = new CapturedTrees();
        var root = trees.Unpack(capture);
        Snapshot.Match($"prior.{capture}.txt", () => CliRunner.Output(_ => { }, "prior", "--sysroot", root));
    }

    [TestCase("vmware_fpe", "Intel(R) Xeon(R) CPU           E5630  @ 2.53GHz", "e5630", TestName = "Exact layout (16 logical CPUs, SMT on)")]
    [TestCase("kvm_epyc_2vcpu", "AMD EPYC 7302 16-Core Processor", "epyc7302", TestName = "Nearest layout on a VM (2 vCPUs, SMT off)")]
    [TestCase("x86_64-dell_e4310", "Intel(R) Xeon(R) CPU E5-2680 v3 @ 2.50GHz", "e5-2680v3", TestName = "Other SMT state (the table has the model with SMT off only)")]
    public void A_capture_shown_as_a_model_of_the_table_gets_its_prior(string capture, string model, string name)
    {
        using var trees = new CapturedTrees();
        var root = trees.Unpack(capture, model);
        Snapshot.Match($"prior.{capture}-as-{name}.txt", () => CliRunner.Output(_ => { }, "prior", "--sysroot", root));
    }

    [Test]
    public void Json_carries_the_rows_the_figures_and_the_uncertainty()
    {
        using var trees = new CapturedTrees();
        var root = trees.Unpack("vmware_fpe", "Intel(R) Xeon(R) CPU           E5630  @ 2.53GHz");
        Snapshot.Match("prior.vmware_fpe-as-e5630.json", () => CliRunner.Output(_ => { }, "prior", "--sysroot", root, "--json"));
    }

    [Test]
    public void A_newer_table_is_used_and_named()
    {
        using var trees = new CapturedTrees();
        var root = trees.Unpack("vmware_fpe", "AMD Opteron(tm) Processor 6328");
        var output = CliRunner.Output(
            cli => File.WriteAllText(Path.Combine(cli.WorkingDirectory, "newer.csv"), TableHeader + "\n" +
                "AMD Opteron(tm) Processor 6328,1,0-15,2,4,2,16,3,160.0,SITE-A\nAMD Opteron(tm) Processor 6328,1,0-15,2,4,2,16,5,168.0,SITE-B\n"),
            "prior", "--sysroot", root, "--prior-table", "newer.csv");
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("Table       newer.csv (--prior-table), 2 configurations"));
            Assert.That(output, Does.Contain("10.25 HS23 per logical CPU"));
            Assert.That(output, Does.Contain("164.0 HS23 (whole node, 16 logical CPUs)"));
        });
    }

    [TestCase("CPU,Threads/core,Ncores,# Meas,Score,Site\nx,1,8,1,80,S\n", "bad.csv line 1: no column '# Sockets'")]
    [TestCase(TableHeader + "\nAMD EPYC 7302,1,0-63,2,16,2,64,11,1012.1,CERN\nAMD EPYC 7302,1,0-63,2,16,2,64,11,fast,CERN\n", "bad.csv line 3: Score 'fast' of AMD EPYC 7302 at CERN is not a positive number")]
    public void A_bad_table_is_one_line_naming_the_file_and_the_line(string table, string expected)
    {
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "bad.csv"), table);
        var (exit, output, error) = cli.Run("prior", "--prior-table", "bad.csv");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
            Assert.That(output, Is.Empty);
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain(expected));
        });
    }

    [Test]
    public void A_missing_table_is_a_usage_error()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("prior", "--prior-table", "nope.csv");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
            Assert.That(error, Does.Contain("--prior-table nope.csv: no such file"));
        });
    }
}
