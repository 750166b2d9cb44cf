using BenchmarkDotNet.Attributes;
using Calibrate.Benchmarks.Statistics;
using Calibrate.Core.Results;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Inputs;
using Calibrate.Reports.Reports;

namespace Calibrate.Benchmarks.Reports;

/// <summary>
/// Issue 6's figure: a report over 10,000 results and 20 labels in under 5 s. The results are
/// <see cref="FleetData"/>'s seeded fleet (1,000 nodes x 10 runs, 20 labels, 40 CPU models, so the fleet chart has
/// 1,000 points and 40 categories). <see cref="Render"/> is everything but the disk: statistics, chart models, each chart
/// drawn by ScottPlot as SVG and as PNG, CSV, HTML and Markdown; <see cref="WriteFolder"/> adds the atomic, fsynced
/// writes of the report folder (PNGs included).
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private static readonly DateTimeOffset GeneratedUtc = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private ResultSummary[] results = [];
    private string directory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        results = FleetData.Create(nodes: 1_000, runsPerNode: 10);
        directory = Path.Combine(Path.GetTempPath(), "calibrate-report-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Statistics, chart models, SVGs and PNGs, CSV, HTML and Markdown, in memory; returns the total size so nothing is elided.</summary>
    [Benchmark]
    public int Render()
    {
        var input = ResultReportInput.Build(results, "label-00", GeneratedUtc);
        var charts = ReportCharts.Build(input);
        var drawings = charts.Select(c => ChartDrawing.Of(c)).ToArray();
        var size = HtmlReport.Render(input, drawings).Length + MarkdownReport.Render(input, charts).Length;
        foreach (var drawing in drawings)
        {
            size += drawing.Png.Length + CsvWriter.Write(drawing.Chart.Data).Length;
        }

        return size;
    }

    [Benchmark]
    public int WriteFolder() => ReportWriter.Write(directory, ResultReportInput.Build(results, "label-00", GeneratedUtc)).Count;
}
