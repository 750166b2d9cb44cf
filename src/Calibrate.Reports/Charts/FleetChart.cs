using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Chart 5: the distribution of node scores per CPU model, a box per model with every node as a small jittered point,
/// outliers enlarged in vermillion and labelled with their host name where there is room (at 500 nodes most labels
/// would collide; the CSV and the report's table list them all).
/// </summary>
public static class FleetChart
{
    public const int Number = 5;

    /// <summary>Half the width a strip may spread over, in category units (the box spans 0.3).</summary>
    private const double JitterWidth = 0.22;

    /// <summary>Small points: 500 of them must not merge into a blob.</summary>
    private const double StripSize = 2.5;

    public static Chart Build(IReadOnlyList<FleetNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0)
        {
            throw new ArgumentException("Chart 5 needs at least one node.", nameof(nodes));
        }

        var models = nodes.GroupBy(n => n.CpuModel, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var categories = models.Select(g => CpuModelName.Abbreviate(g.Key)).ToArray();
        var boxes = models.Select((g, i) => TukeyBox.Compute(i, [.. g.Select(n => n.Score)])).ToArray();
        var strip = models.SelectMany((g, i) => g.Where(n => !n.IsOutlier)
            .Select(n => new DataPoint(i + (JitterWidth * StableJitter.Of(n.Host)), n.Score))).ToArray();
        var outliers = models.SelectMany((g, i) => g.Where(n => n.IsOutlier).OrderBy(n => n.Score)
            .Select(n => new DataPoint(i + (JitterWidth * StableJitter.Of(n.Host)), n.Score) { Label = n.Host, Highlight = true })).ToArray();
        var figure = new Figure
        {
            Title = "Fleet: node score by CPU model, outliers marked",
            Subtitle = $"{ValueFormat.Count(nodes.Count)} nodes, {ValueFormat.Count(models.Length)} CPU models; box: quartiles and median, whiskers: 1.5 IQR (Tukey); outliers from the fleet analysis",
            X = Axis.Category("CPU model", categories),
            Y = Axis.Linear("Node score", ChartText.ScoreUnit, Math.Min(0, nodes.Min(n => n.Score)), nodes.Max(n => n.Score)),
            Series =
            [
                new BoxSeries { Name = "Distribution", Color = Palette.Blue, Boxes = boxes },
                new PointSeries { Name = "Node", Color = Palette.Grey, Size = StripSize, Points = strip },
                new PointSeries
                {
                    Name = "Outlier", Color = Palette.Vermillion, HighlightColor = Palette.Vermillion, Marker = Marker.Triangle,
                    Size = PointSeries.DefaultSize, Points = outliers,
                },
            ],
        };
        return new Chart(Number, "fleet", figure, new CsvTable(
            ["cpu_model", "host", "node_score", "is_outlier"],
            [.. nodes.Select(n => (IReadOnlyList<string>)[n.CpuModel, n.Host, ValueFormat.Raw(n.Score), n.IsOutlier ? "true" : "false"])]));
    }
}
