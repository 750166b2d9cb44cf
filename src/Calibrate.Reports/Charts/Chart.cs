using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>A built chart: its number in issue 6's list, a file-name slug, the plot model and the figures behind it.</summary>
public sealed record Chart(int Number, string Slug, Figure Figure, CsvTable Data)
{
    /// <summary>File name without extension: chart-1-score-by-label.</summary>
    public string FileStem => $"chart-{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{Slug}";
}
