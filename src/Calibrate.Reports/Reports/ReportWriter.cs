using Calibrate.Platform.Files;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Rendering;

namespace Calibrate.Reports.Reports;

/// <summary>
/// Writes a report folder: index.html (self-contained), summary.md, and per chart chart-N-name.svg, chart-N-name.png
/// and chart-N-name.csv. Every chart is drawn before the first file is written, so a failure to draw (no usable font)
/// leaves nothing behind; each file is then replaced atomically (<see cref="AtomicFile"/>), so a report re-generated
/// by cron while someone has it open is never seen half-written. The charts' files come first and the two entry
/// points (summary.md, which links them, and index.html) last: a write that fails part-way leaves the old entry points
/// in place rather than new ones beside missing or old charts.
/// </summary>
public static class ReportWriter
{
    public const string HtmlFile = "index.html";
    public const string MarkdownFile = "summary.md";

    /// <summary>Builds and draws the charts and writes every file, the entry points last; returns the paths written, index.html first.</summary>
    public static IReadOnlyList<string> Write(string directory, ReportInput input, ChartFont? font = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(input);
        var drawings = ReportCharts.Build(input).Select(c => ChartDrawing.Of(c, font)).ToArray();
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        string Path(string name) => System.IO.Path.Combine(directory, name);
        void PutText(string name, string content)
        {
            AtomicFile.WriteAllText(Path(name), content);
            written.Add(Path(name));
        }

        foreach (var drawing in drawings)
        {
            PutText(drawing.Chart.FileStem + ".svg", drawing.Svg);
            AtomicFile.WriteAllBytes(Path(drawing.Chart.FileStem + ".png"), drawing.Png);
            written.Add(Path(drawing.Chart.FileStem + ".png"));
            PutText(drawing.Chart.FileStem + ".csv", CsvWriter.Write(drawing.Chart.Data));
        }

        PutText(MarkdownFile, MarkdownReport.Render(input, [.. drawings.Select(d => d.Chart)]));
        PutText(HtmlFile, HtmlReport.Render(input, drawings));
        return [.. written[^1..], .. written[..^1]];
    }

    /// <summary>
    /// One chart as a standalone file (`calibrate plot`, `calibrate sweep`), SVG or PNG by the path's extension; an
    /// unknown extension is an <see cref="ArgumentException"/> and writes nothing.
    /// </summary>
    public static void WriteChart(string path, Chart chart, ChartFont? font = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(chart);
        if (!ChartFormats.TryFromPath(path, out var format))
        {
            throw new ArgumentException($"{path}: a chart is written as {string.Join(" or ", ChartFormats.Extensions)}, by the file's extension.", nameof(path));
        }

        byte[] content;
        using (var rendered = ChartRenderer.Render(chart.Figure, font, chart.FileStem))
        {
            content = format == ChartFormat.Png ? rendered.Png() : new System.Text.UTF8Encoding(false).GetBytes(rendered.Svg());
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        AtomicFile.WriteAllBytes(path, content);
    }
}
