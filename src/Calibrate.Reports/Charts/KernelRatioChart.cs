using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Chart 4: per-kernel performance relative to the baseline across configurations, as a heat map (labels across,
/// kernels down, the ratio printed in each cell). A heat map rather than grouped bars: at 20 labels x 8 kernels, 160
/// bars are unreadable, while a grid shows at once which kernel loses under which configuration (memory-bound kernels
/// under a NUMA-unaware layout, typically). The diverging scale is symmetric about 1 so equal losses and gains get
/// equal colour strength.
/// </summary>
public static class KernelRatioChart
{
    public const int Number = 4;

    /// <summary>The scale spans at least +/-2%, about twice the run-to-run noise, so noise never looks saturated.</summary>
    public const double MinimumSpan = 0.02;

    /// <summary>Two decimals in the cell (fits a cell at 20 labels); the CSV has the full value.</summary>
    private static string CellText(double ratio) =>
        double.IsFinite(ratio) ? ratio.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    public static Chart Build(IReadOnlyList<KernelRatioPoint> ratios, string baseline)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        if (ratios.Count == 0)
        {
            throw new ArgumentException("Chart 4 needs at least one ratio.", nameof(ratios));
        }

        var labels = ratios.Select(r => r.Label).Distinct(StringComparer.Ordinal).ToArray();
        var kernels = ratios.Select(r => r.Kernel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var span = Math.Max(MinimumSpan, ratios.Where(r => double.IsFinite(r.Ratio)).Select(r => Math.Abs(r.Ratio - 1)).DefaultIfEmpty(0).Max());
        var scale = new ColorScale(1 - span, 1, 1 + span, Palette.Vermillion, Palette.Blue, $"Ratio to {baseline}");
        var cells = ratios.Select(r => new HeatCell(
            Array.IndexOf(labels, r.Label),
            Array.IndexOf(kernels, r.Kernel),
            r.Ratio,
            CellText(r.Ratio))).ToArray();
        var figure = new Figure
        {
            Title = $"Per-kernel performance relative to {baseline}, by configuration",
            Subtitle = "Kernel score under the label / under the baseline; blue: faster, vermillion: slower",
            X = Axis.Category("Configuration label", labels),
            Y = Axis.Category("Kernel", kernels),
            Series = [new HeatMapSeries { Color = Palette.Grey, Cells = cells }],
            ColorScale = scale,
        };
        return new Chart(Number, "kernel-ratios", figure, new CsvTable(
            ["kernel", "label", "ratio_to_baseline", "low_95", "high_95"],
            [.. ratios.Select(r => (IReadOnlyList<string>)[r.Kernel, r.Label, ValueFormat.Raw(r.Ratio), ValueFormat.Raw(r.Low), ValueFormat.Raw(r.High)])]));
    }
}
