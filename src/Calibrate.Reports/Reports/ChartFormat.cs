namespace Calibrate.Reports.Reports;

/// <summary>The file formats a chart is written in, chosen by the file's extension.</summary>
public enum ChartFormat
{
    Svg,
    Png,
}
