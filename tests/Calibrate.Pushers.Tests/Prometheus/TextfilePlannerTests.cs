using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Calibrate.Core.Text;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Prometheus;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Prometheus;

/// <summary>
/// calibrate.prom: the stored estimate's figures as gauges in base units, written atomically, no timestamps, nothing
/// else left in the collector's directory, a second push of the same result changes nothing.
/// </summary>
public sealed partial class TextfilePlannerTests
{
    [Test]
    public void The_plan_writes_calibrate_prom_with_every_metric()
    {
        using var dir = new TempDirectory();
        Snapshot.Match("prometheus-dry-run.txt", () => Apply.DryRun(TextfilePlanner.Plan(Nodes.Worker.Build(), dir.Path), dir.Path));
    }

    [Test]
    public void Applied_it_leaves_only_calibrate_prom_and_a_second_push_changes_nothing()
    {
        using var dir = new TempDirectory();
        var result = Nodes.Worker.Build();

        var first = Apply.Files(TextfilePlanner.Plan(result, dir.Path));
        var second = TextfilePlanner.Plan(result, dir.Path);

        Assert.Multiple(() =>
        {
            Assert.That(first.Changed, Is.True);
            Assert.That(Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "calibrate.prom" }));
            Assert.That(File.GetUnixFileMode(dir.Combine("calibrate.prom")), Is.EqualTo(FileChange.DefaultMode), "node_exporter runs as its own user");
            Assert.That(second.HasChanges, Is.False);
        });
    }

    [Test]
    public void Every_figure_is_the_stored_estimates_rounded_as_published()
    {
        var result = Nodes.Worker.Build();
        var e = result.Estimate!;
        var metrics = Samples(TextfileMetrics.Render(result));
        Assert.Multiple(() =>
        {
            Assert.That(metrics["calibrate_node_estimate{unit=\"HS23\"}"], Is.EqualTo(Round(e.Value, FigureDecimals.Rating)));
            Assert.That(metrics["calibrate_node_estimate_lower{level=\"0.95\",unit=\"HS23\"}"], Is.EqualTo(Round(e.Low, FigureDecimals.Rating)));
            Assert.That(metrics["calibrate_node_estimate_upper{level=\"0.95\",unit=\"HS23\"}"], Is.EqualTo(Round(e.High, FigureDecimals.Rating)));
            Assert.That(metrics["calibrate_node_estimate_per_cpu{unit=\"HS23\"}"], Is.EqualTo(Round(e.Value / 64, FigureDecimals.Rating)));
            Assert.That(metrics["calibrate_cpu_factor"], Is.EqualTo(Round(e.CpuFactor, FigureDecimals.CpuFactor)));
            Assert.That(metrics["calibrate_cpu_factor"], Is.EqualTo(12.54));
            Assert.That(metrics["calibrate_cpu_factor_lower{level=\"0.95\"}"], Is.EqualTo(Round(e.CpuFactorLow, FigureDecimals.CpuFactor)));
            Assert.That(metrics["calibrate_node_score"], Is.EqualTo(Round(result.NodeScore, FigureDecimals.NodeScore)));
            Assert.That(metrics["calibrate_last_measurement_finish_time_seconds"], Is.EqualTo(result.FinishedUtc.ToUnixTimeSeconds()));
            Assert.That(metrics["calibrate_last_measurement_duration_seconds"], Is.EqualTo(60));
            Assert.That(metrics["calibrate_disturbed"], Is.Zero);
            Assert.That(metrics.Keys.Single(k => k.StartsWith("calibrate_info{", StringComparison.Ordinal)),
                Is.EqualTo("calibrate_info{cpu_model=\"AMD EPYC 7302 16-Core Processor\",model_id=\"provisional-zen5-hs23@1\",profile=\"quick\",version=\"0.1.0\"}"));
        });
    }

    [Test]
    public void The_node_score_and_its_interval_come_from_the_estimates_basis()
    {
        var result = (Nodes.Worker with { BasisRuns = 4, BasisNodeScore = 646.4 }).Build();
        var metrics = Samples(TextfileMetrics.Render(result));
        Assert.Multiple(() =>
        {
            Assert.That(metrics["calibrate_node_score"], Is.EqualTo(Round(result.Estimate!.Basis!.NodeScore, FigureDecimals.NodeScore)));
            Assert.That(metrics["calibrate_node_score_lower{level=\"0.95\"}"], Is.EqualTo(Round(result.Estimate.Basis.NodeScoreLow, FigureDecimals.NodeScore)));
            Assert.That(metrics["calibrate_node_score_upper{level=\"0.95\"}"], Is.EqualTo(Round(result.Estimate.Basis.NodeScoreHigh, FigureDecimals.NodeScore)));
        });
    }

    [Test]
    public void No_sample_carries_a_timestamp_and_every_family_has_help_and_type()
    {
        var text = TextfileMetrics.Render(Nodes.Worker.Build());
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var samples = lines.Where(l => !l.StartsWith('#')).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(samples, Has.All.Matches(SampleLine()), "name{labels} value, and nothing after the value");
            Assert.That(samples.Select(s => s.Split('{', ' ')[0]), Has.All.StartWith("calibrate_"));
            foreach (var name in samples.Select(s => s.Split('{', ' ')[0]))
            {
                Assert.That(lines, Has.Exactly(1).StartsWith($"# HELP {name} "), name);
                Assert.That(lines, Has.Exactly(1).EqualTo($"# TYPE {name} gauge"), name);
            }
        });
        Assert.That(CultureScope.Run("de-DE", () => TextfileMetrics.Render(Nodes.Worker.Build())), Is.EqualTo(text), "numbers with a point in every culture");
    }

    [Test]
    public void Label_values_are_escaped_as_the_exposition_format_says()
    {
        var result = Nodes.Worker.Build();
        result = result with { Probe = result.Probe with { Cpu = result.Probe.Cpu with { ModelName = "Vendor \"Fast\" C:\\cpu\nrev 2" } } };
        var info = TextfileMetrics.Render(result).Split('\n').Single(l => l.StartsWith("calibrate_info{", StringComparison.Ordinal));
        Assert.That(info, Does.Contain("cpu_model=\"Vendor \\\"Fast\\\" C:\\\\cpu\\nrev 2\""));
        Assert.That(Exposition.EscapeHelp("a\\b\nc"), Is.EqualTo("a\\\\b\\nc"));
    }

    [Test]
    public void A_missing_directory_is_a_clear_error() =>
        Assert.That(
            Assert.Throws<PushConfigException>(() => TextfilePlanner.Plan(Nodes.Worker.Build(), "/nonexistent/node-exporter"))!.Message,
            Does.Contain("/nonexistent/node-exporter does not exist"));

    [Test]
    public void A_temporary_file_left_by_a_killed_push_is_removed_by_the_next()
    {
        using var dir = new TempDirectory();
        var dead = DeadProcessId();
        // What a push killed between creating its temporary file and renaming it leaves: AtomicFile's name, half the text.
        var left = dir.Combine(string.Create(CultureInfo.InvariantCulture, $".calibrate.prom.{dead}.{Guid.NewGuid():N}.tmp"));
        File.WriteAllText(left, "# HELP calibrate_node_estimate The node's");
        var alive = dir.Combine(string.Create(CultureInfo.InvariantCulture, $".calibrate.prom.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        File.WriteAllText(alive, "");
        File.WriteAllText(dir.Combine("node.prom"), "other_metric 1\n");

        Apply.Files(TextfilePlanner.Plan(Nodes.Worker.Build(), dir.Path));

        Assert.That(
            Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { Path.GetFileName(alive), "calibrate.prom", "node.prom" }),
            "the dead writer's file is gone; a live writer's (this process) and other collectors' files stay");
    }

    /// <summary>The id of a process that has exited: a writer killed mid-write.</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static double Round(double value, int decimals) => DecimalRounding.Round(value, decimals);

    /// <summary>Every sample line as series (name with labels) to its value.</summary>
    private static Dictionary<string, double> Samples(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))
            .ToDictionary(l => l[..l.LastIndexOf(' ')], l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^calibrate_[a-z_]+(\{[a-z_]+=""([^""\\]|\\.)*""(,[a-z_]+=""([^""\\]|\\.)*"")*\})? -?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex SampleLine();
}
