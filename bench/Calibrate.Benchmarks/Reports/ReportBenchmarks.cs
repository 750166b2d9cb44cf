using BenchmarkDotNet.Attributes;
using Calibrate.Benchmarks.Statistics;
using Calibrate.Core.Results;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Inputs;
using Calibrate.Reports.Reports;
using Calibrate.Reports.Svg;

namespace Calibrate.Benchmarks.Reports;

/// <summary>
/// Issue 6's figure: a report over 10,000 results and 20 labels in under 5 s. The results are
/// <see cref="FleetData"/>'s seeded fleet (1,000 nodes x 10 runs, 20 labels, 40 CPU models, so the fleet chart has
/// 1,000 points and 40 categories). <see cref="Render"/> is everything but the disk; <see cref="WriteFolder"/> adds
/// the atomic, fsynced writes of the report folder.
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

    /// <summary>Statistics, chart models, SVG, CSV, HTML and Markdown, in memory; returns the total size so nothing is elided.</summary>
    [Benchmark]
    public int Render()
    {
        var input = ResultReportInput.Build(results, "label-00", GeneratedUtc);
        var charts = ReportCharts.Build(input);
        var size = HtmlReport.Render(input, charts).Length + MarkdownReport.Render(input, charts).Length;
        foreach (var chart in charts)
        {
            size += SvgWriter.Write(chart.Figure).Length + CsvWriter.Write(chart.Data).Length;
        }

        return size;
    }

    [Benchmark]
    public int WriteFolder() => ReportWriter.Write(directory, ResultReportInput.Build(results, "label-00", GeneratedUtc)).Count;
}
