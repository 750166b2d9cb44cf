using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>
/// Bad input to fit, factor and compare: one line on stderr naming the line or the label, exit code 2, no stack
/// trace, and the current model left byte for byte as it was.
/// </summary>
public sealed class StatisticsBadInputTests
{
    private const string Header = "node,hs06\n";

    [TestCase(Header + "e5v2-01,318\nnosuch,400\ngold01,845\n", "refs.csv line 3: node 'nosuch' has no stored undisturbed result")]
    [TestCase(Header + "e5v2-01,318\ngold01,845\nGOLD01,850\n", "refs.csv line 4: node 'GOLD01' is listed twice (first on line 3)")]
    [TestCase(Header + "e5v2-01,318\ngold01,lots\nepyc01,1190\n", "refs.csv line 3: HS06 'lots' of node 'gold01' is not a number")]
    [TestCase(Header + "e5v2-01,318\ngold01,-845\nepyc01,1190\n", "refs.csv line 3: HS06 -845 of node 'gold01' must be positive")]
    [TestCase(Header + "e5v2-01,318\ngold01,0\nepyc01,1190\n", "refs.csv line 3: HS06 0 of node 'gold01' must be positive")]
    [TestCase(Header + "e5v2-01,318\ngold01,845\n", "refs.csv: 2 reference node(s) with HS06; a fit needs at least 3")]
    [TestCase("host,score\ne5v2-01,318\n", "refs.csv line 1: the header must name the columns node and hs23 or hs06 (or both)")]
    [TestCase("", "refs.csv: no header")]
    [TestCase(Header + "e5v2-01,318\ngold01\nepyc01,1190\n", "refs.csv line 3: expected 2 columns, found 1")]
    [TestCase(Header + "e5v2-01,318\ndist01,1000\ngold01,845\n", "refs.csv line 3: node 'dist01' has only disturbed results")]
    [TestCase(Header + "no-such-label,318\ngold01,845\nepyc01,1190\n", "refs.csv line 2: node 'no-such-label'")]
    public void A_bad_refs_csv_names_its_line_and_leaves_the_model_alone(string refs, string expected)
    {
        using var cli = SiteWithModel(out var model);
        SiteData.Write(cli, "bad.csv", refs);
        AssertRefused(cli.Run("fit", "--reference", "bad.csv"), expected);
        AssertModelUnchanged(cli, model);
    }

    [Test]
    public void A_missing_refs_file_is_a_one_line_usage_error()
    {
        using var cli = SiteWithModel(out var model);
        AssertRefused(cli.Run("fit", "--reference", "nope.csv"), "--reference nope.csv: no such file");
        AssertRefused(cli.Run("fit"), "--reference");
        AssertModelUnchanged(cli, model);
    }

    [Test]
    public void An_unknown_model_kind_is_refused()
    {
        using var cli = SiteWithModel(out var model);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        AssertRefused(cli.Run("fit", "--reference", "refs.csv", "--model", "cubic"), "cubic");
        AssertModelUnchanged(cli, model);
    }

    [Test]
    public void An_unknown_baseline_names_itself_and_the_labels_that_exist()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        AssertRefused(cli.Run("compare", "--by", "label", "--baseline", "bare-metal"), "label 'bare-metal' does not exist; labels: bare, kvm-pinned, kvm-unpinned");
    }

    [TestCase(new[] { "compare", "--by", "cpu" }, "--by cpu is not supported: results can be compared by label only")]
    [TestCase(new[] { "compare", "--since", "last tuesday" }, "--since 'last tuesday'")]
    [TestCase(new[] { "factor", "--result", "wn042" }, "--result 'wn042' is not a result id")]
    [TestCase(new[] { "factor", "--result", "00000000-0000-0000-0000-000000000999" }, "no result with id 00000000-0000-0000-0000-000000000999")]
    [TestCase(new[] { "factor", "--result", "00000000-0000-0000-0000-000000000001", "--latest" }, "--result names one result")]
    [TestCase(new[] { "factor", "--hostname", "wn999" }, "no results of node 'wn999'")]
    [TestCase(new[] { "factor", "--slots", "0" }, "--slots must be at least 1, not 0")]
    [TestCase(new[] { "factor", "--step", "0" }, "--step must be a positive number such as 0.05, not '0'")]
    [TestCase(new[] { "factor", "--step", "0,05" }, "--step must be a positive number such as 0.05, not '0,05'")]
    [TestCase(new[] { "factor", "--reference-hs06-per-slot", "zehn" }, "--reference-per-slot must be a positive number such as 11.5, not 'zehn'")]
    [TestCase(new[] { "factor", "--reference-hs06-per-slot", "-1" }, "--reference-per-slot must be a positive number")]
    [TestCase(new[] { "fleet", "inliers" }, "inliers")]
    public void Bad_options_get_one_clear_line(string[] args, string expected)
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        AssertRefused(cli.Run(args), expected);
    }

    private static CliRunner SiteWithModel(out byte[] model)
    {
        var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        var (exit, _, error) = cli.Run("fit", "--reference", "refs.csv");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        model = File.ReadAllBytes(CurrentModel(cli));
        return cli;
    }

    private static string CurrentModel(CliRunner cli) => Path.Combine(cli.WorkingDirectory, "results", "models", "current-hs06.json");

    private static void AssertModelUnchanged(CliRunner cli, byte[] model)
    {
        Assert.That(File.ReadAllBytes(CurrentModel(cli)), Is.EqualTo(model), "current-hs06.json changed");
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(CurrentModel(cli))!, "model-v*.json"), Has.Length.EqualTo(1), "a model version was added");
    }

    private static void AssertRefused((int Exit, string Out, string Error) run, string expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(run.Exit, Is.EqualTo(ExitCodes.Usage), run.Error);
            Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Error);
            Assert.That(run.Error, Does.StartWith("calibrate: ").And.Contain(expected));
            Assert.That(run.Error, Does.Not.Contain("   at "));
            Assert.That(run.Out, Is.Empty);
        });
    }
}
