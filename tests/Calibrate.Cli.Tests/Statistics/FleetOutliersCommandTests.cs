using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>`calibrate fleet outliers`: per CPU model distributions, the slow node, and the criterion stated.</summary>
public sealed class FleetOutliersCommandTests
{
    [Test]
    public void Shows_each_cpu_model_and_the_node_below_its_peers() =>
        Snapshot.Match("fleet-outliers.txt", () => CliRunner.Output(SiteData.Store, "fleet", "outliers"));

    [Test]
    public void Json_names_the_outliers_and_the_criterion()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, output, error) = cli.Run("fleet", "outliers", "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("outliers").EnumerateArray().Select(o => o.GetProperty("hostname").GetString()), Is.EqualTo(new[] { "gold07" }));
            Assert.That(root.GetProperty("criterion").GetString(), Does.Contain("modified z-score"));
            Assert.That(root.GetProperty("models").GetArrayLength(), Is.EqualTo(5));
        });
    }

    [Test]
    public void An_empty_store_says_there_is_nothing_to_compare()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("fleet", "outliers");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.StartWith("No undisturbed results"));
    }
}
