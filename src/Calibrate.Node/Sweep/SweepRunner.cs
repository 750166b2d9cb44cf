using System.Globalization;
using Calibrate.Agent.Running;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Measurement;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Reports;
using Calibrate.Reports.Sweep;

namespace Calibrate.Node.Sweep;

/// <summary>
/// Runs the sweep's cells one after another through the measurement pipeline (each stored with its own label), and
/// analyses the undisturbed points. A cell that cannot be measured is named and skipped; the others still count.
/// Progress goes to <paramref name="progress"/> as one line per step.
/// </summary>
public sealed class SweepRunner(Site site, IProgress<string> progress)
{
    public async Task<SweepReport> RunAsync(RunOptions template, IReadOnlyList<SweepCell> cells, IReadOnlyList<string> skipped, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(skipped);
        foreach (var reason in skipped)
        {
            progress.Report($"skipped {reason}");
        }

        var pipeline = new MeasurementPipeline(site);
        var points = new List<SweepPoint>();
        var notRun = skipped.ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var step = string.Create(CultureInfo.InvariantCulture, $"[{i + 1}/{cells.Count}] {cell.Pinning} x{cell.Copies}");
            progress.Report(step);
            Core.Results.RunResult result;
            StoredResult stored;
            try
            {
                (result, stored) = await pipeline.MeasureAndStoreAsync(template with { Copies = cell.Copies, Pinning = cell.Pinning, Label = cell.Label }, null, cancellation);
            }
            catch (RunFailedException e)
            {
                // One point that could not be measured does not lose the others.
                notRun.Add($"{cell.Pinning} x{cell.Copies}: failed: {e.Message}");
                progress.Report($"{step}: failed: {e.Message}");
                continue;
            }

            var interval = result.ScoreInterval;
            points.Add(new SweepPoint(cell.Pinning.ToString(), cell.Copies, cell.Label, result.Id, result.NodeScore, interval?.Low ?? result.NodeScore, interval?.High ?? result.NodeScore, result.Disturbed));
            progress.Report(string.Create(
                CultureInfo.InvariantCulture,
                $"{step}: score {result.NodeScore:F2}{(result.Disturbed ? " DISTURBED" : "")}{(stored.StoreFailed ? ", NOT stored: " + stored.StoreError : "")}"));
        }

        if (points.Count == 0)
        {
            throw new OperationFailedException($"no point of the sweep could be measured ({notRun[^1]})");
        }

        var usable = points.Where(p => !p.Disturbed).Select(p => p.ToScalingPoint()).ToArray();
        return new SweepReport(points, notRun, usable.Length > 0 ? SweepAnalysis.Analyse(usable) : null, null);
    }

    /// <summary>--out (its extension chooses SVG or PNG), else results/sweep-TIME.svg; checked before anything is measured.</summary>
    public static string ChartPath(NodeEnvironment environment, string? outFile)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var path = outFile is null
            ? Path.Combine(environment.ResultsDirectory, string.Create(CultureInfo.InvariantCulture, $"sweep-{environment.Clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}.svg"))
            : environment.ResolvePath(outFile);
        return ChartFormats.TryFromPath(path, out _)
            ? path
            : throw new InputException($"--out {outFile}: the chart is written as {string.Join(" or ", ChartFormats.Extensions)}, chosen by the extension");
    }

    /// <summary>The scaling chart of the sweep's points, written atomically; returns its path.</summary>
    public static string WriteChart(SweepReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ReportWriter.WriteChart(path, ScalingChart.Build([.. report.Points.Select(p => p.ToScalingPoint())], report.Analysis));
        return path;
    }
}
