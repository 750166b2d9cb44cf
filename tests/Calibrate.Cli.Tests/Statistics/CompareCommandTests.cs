using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>`calibrate compare --by label`: the table with its methods, per-kernel losses, and --json.</summary>
public sealed class CompareCommandTests
{
    [Test]
    public void Compares_labels_against_the_baseline() =>
        Snapshot.Match("compare.txt", () => CliRunner.Output(SiteData.Store, "compare", "--by", "label", "--baseline", "bare"));

    [Test]
    public void Kernels_are_listed_from_the_largest_loss()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (_, output, _) = cli.Run("compare", "--baseline", "bare");
        var section = output[output.IndexOf("Per kernel, kvm-pinned", StringComparison.Ordinal)..];
        var kernels = section.Split('\n').Skip(2).Take(4).Select(l => l.Trim().Split(' ')[0]).ToArray();
        Assert.That(kernels, Is.EqualTo(new[] { "lbm", "soplex", "povray", "namd" }));
    }

    [Test]
    public void Json_holds_every_label_and_the_methods()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, output, error) = cli.Run("compare", "--by", "label", "--baseline", "bare", "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("baseline").GetString(), Is.EqualTo("bare"));
            Assert.That(root.GetProperty("test").GetString(), Does.Contain("Welch"));
            Assert.That(rows.Select(r => r.GetProperty("label").GetString()), Is.EqualTo(new[] { "bare", "kvm-pinned", "kvm-unpinned" }));
            Assert.That(rows[1].GetProperty("ratio").GetDouble(), Is.EqualTo(0.93).Within(0.01));
            Assert.That(rows[1].GetProperty("pValue").GetDouble(), Is.LessThan(0.001));
            Assert.That(root.GetProperty("excludedDisturbed").GetInt32(), Is.EqualTo(4));
        });
    }

    [Test]
    public void Since_leaves_out_older_results()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, output, error) = cli.Run("compare", "--baseline", "bare", "--since", "2026-11-02T08:00:00Z", "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        using var json = JsonDocument.Parse(output);
        var bare = json.RootElement.GetProperty("rows")[0];
        Assert.That(bare.GetProperty("n").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public void A_store_without_labelled_results_says_how_to_make_some()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("compare", "--by", "label");
        Assert.That(exit, Is.EqualTo(ExitCodes.Failed));
        Assert.That(error, Is.EqualTo("calibrate: no labelled, undisturbed results to compare: measure with calibrate run --label NAME\n"));
        Assert.That(output, Is.Empty);
    }
}
