using System.Text.Json.Nodes;
using System.Xml.Linq;
using Calibrate.Cli.Commands.Sweep;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Sweep;
using Calibrate.Reports.Sweep;
using Calibrate.Store;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Sweep;

[NonParallelizable]
public sealed class SweepEndToEndTests
{
    [Test]
    public void A_small_sweep_stores_every_point_and_draws_the_chart()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("sweep", "--copies", "1..2", "--pinning", "thread", "--budget", "6s", "--json", "--out", "scaling.svg", "--store", "sweep.db");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        var json = JsonNode.Parse(output)!;
        var points = json["points"]!.AsArray();
        Assert.That(points.Select(p => p!["label"]!.GetValue<string>()), Is.EqualTo(new[] { "sweep-thread-1", "sweep-thread-2" }), error);
        Assert.That(points.All(p => p!["score"]!.GetValue<double>() > 0), Is.True);
        Assert.That(XDocument.Load(Path.Combine(cli.WorkingDirectory, "scaling.svg")).Root!.Name.LocalName, Is.EqualTo("svg"));
        using var store = StoreFactory.Open(Path.Combine(cli.WorkingDirectory, "sweep.db"), Path.Combine(cli.WorkingDirectory, "unused.db"));
        Assert.That(store.Query(ResultFilter.All).Select(r => r.Label), Is.EquivalentTo(points.Select(p => p!["label"]!.GetValue<string>())));
        Assert.That(error, Does.Contain("calibrate sweep: [2/2] thread x2: score"));
    }

    /// <summary>
    /// A budget enough for one copy but not for four per CPU: refused before the first cell is measured (it used to
    /// measure and store the first cells, then end the sweep at the cell found too short).
    /// </summary>
    [Test]
    public void A_cell_whose_budget_is_too_short_refuses_the_sweep_before_anything_is_measured()
    {
        using var cli = new CliRunner();
        var crowded = 4 * Boot.NodeLoad.AllowedCpus.Count;
        var (exit, output, error) = cli.Run("sweep", "--copies", $"1,{crowded}", "--pinning", "none", "--budget", "2s", "--store", "sweep.db");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), output + error);
            Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith($"calibrate: none x{crowded}: --budget 2 s is too short to measure anything").And.Contain("4 copies per CPU"));
            Assert.That(File.Exists(Path.Combine(cli.WorkingDirectory, "sweep.db")), Is.False, "no cell was measured or stored");
        });
    }

    [Test]
    public void The_summary_answers_the_job_slot_question()
    {
        SweepPoint[] points =
        [
            new("thread", 1, "s-thread-1", Guid.Empty, 10.5, 10.4, 10.6, false),
            new("thread", 2, "s-thread-2", Guid.Empty, 20.9, 20.7, 21.1, false),
            new("none", 2, "s-none-2", Guid.Empty, 20.1, 19.8, 20.4, true),
        ];
        var report = new SweepReport(points, ["thread x3: too many copies"], SweepAnalysis.Analyse([.. points.Take(2).Select(p => p.ToScalingPoint())]), "results/sweep.svg");
        Snapshot.Match("sweep-summary.txt", () => SweepSummary.Render(report));
    }
}
