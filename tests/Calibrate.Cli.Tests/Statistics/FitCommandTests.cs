using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>`calibrate fit` on a store of synthetic results: the report, the stored model, and that later estimates use it.</summary>
public sealed class FitCommandTests
{
    private static void WithReferences(CliRunner cli)
    {
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
    }

    [Test]
    public void Fits_both_models_and_stores_the_chosen_one()
    {
        // Each rendering fits in a store of its own: a second fit in the same one would be version 2.
        Snapshot.Match("fit.txt", () => CliRunner.Output(WithReferences, "fit", "--reference", "refs.csv"));
        using var cli = new CliRunner();
        WithReferences(cli);
        var (exit, _, error) = cli.Run("fit", "--reference", "refs.csv");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(File.Exists(Path.Combine(cli.WorkingDirectory, "results", "models", "model-v1.json")), Is.True);
        Assert.That(File.Exists(Path.Combine(cli.WorkingDirectory, "results", "models", "current-hs06.json")), Is.True);
    }

    [Test]
    public void Each_fit_is_a_new_version_and_the_newest_is_current()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        cli.Run("fit", "--reference", "refs.csv");
        var (exit, output, error) = cli.Run("fit", "--reference", "refs.csv", "--model", "linear");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("Stored site@2 (linear) as results/models/model-v2.json").And.Contain("(was site@1)"));
        var current = File.ReadAllText(Path.Combine(cli.WorkingDirectory, "results", "models", "current-hs06.json"));
        Assert.That(current, Is.EqualTo(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "results", "models", "model-v2.json"))));
        Assert.That(current, Does.Contain("\"kind\": \"Linear\""));
    }

    [Test]
    public void A_dry_run_shows_the_fit_and_stores_nothing()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        var (exit, output, error) = cli.Run("fit", "--reference", "refs.csv", "--dry-run");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("Dry run: site@1 (origin) not stored; the model in use stays provisional-zen5-hs23@1."));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "results", "models")), Is.False);
    }

    [Test]
    public void Json_holds_the_points_both_fits_and_the_model()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        var (exit, output, error) = cli.Run("fit", "--reference", "refs.csv", "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("fits").GetArrayLength(), Is.EqualTo(1));
        var root = json.RootElement.GetProperty("fits")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("unit").GetString(), Is.EqualTo("HS06"));
            Assert.That(root.GetProperty("model").GetProperty("unit").GetString(), Is.EqualTo("HS06"));
            Assert.That(root.GetProperty("points").GetArrayLength(), Is.EqualTo(5));
            Assert.That(root.GetProperty("points")[4].GetProperty("matchedBy").GetString(), Is.EqualTo("label"));
            Assert.That(root.GetProperty("fit").GetProperty("throughOrigin").GetProperty("k").GetDouble(), Is.InRange(2.0, 2.2));
            Assert.That(root.GetProperty("fit").GetProperty("linear").GetProperty("rSquared").GetDouble(), Is.GreaterThan(0.99));
            Assert.That(root.GetProperty("model").GetProperty("id").GetString(), Is.EqualTo("site"));
            Assert.That(root.GetProperty("modelPath").GetString(), Does.EndWith("model-v1.json"));
            Assert.That(root.GetProperty("excludedDisturbed").GetInt32(), Is.EqualTo(4));
        });
    }

    [Test]
    public void A_narrow_range_of_references_is_warned_about()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", "node,hs06\ngold01,845\ngold02,851\ngold04,850\ngold05,842\n");
        var (exit, output, error) = cli.Run("fit", "--reference", "refs.csv", "--dry-run");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("warning: the references cover a narrow score range"));
    }

    [Test]
    public void Disturbed_results_are_used_only_when_asked()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", "node,hs06\ne5v2-01,318\ngold01,845\ndist01,1000\n");
        var refused = cli.Run("fit", "--reference", "refs.csv", "--dry-run");
        Assert.That(refused.Exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(refused.Error, Does.Contain("line 4: node 'dist01' has only disturbed results"));
        var forced = cli.Run("fit", "--reference", "refs.csv", "--dry-run", "--include-disturbed");
        Assert.That(forced.Exit, Is.EqualTo(ExitCodes.Ok), forced.Error);
        Assert.That(forced.Out, Does.Contain("disturbed ones included"));
    }

    [Test]
    public void Later_estimates_use_the_fitted_model()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        cli.Run("fit", "--reference", "refs.csv");
        var (exit, output, error) = cli.Run("factor", "--hostname", "gold01");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("site@1: HS06 = 2.1"));
    }
}
