namespace Calibrate.Reports.Reports;

/// <summary>A chart file's format from its extension (case-insensitive): .svg or .png, nothing else.</summary>
public static class ChartFormats
{
    public static IReadOnlyList<string> Extensions { get; } = [".svg", ".png"];

    public static bool TryFromPath(string path, out ChartFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        (var known, format) = extension.ToUpperInvariant() switch
        {
            ".SVG" => (true, ChartFormat.Svg),
            ".PNG" => (true, ChartFormat.Png),
            _ => (false, ChartFormat.Svg),
        };
        return known;
    }
}
