using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Prometheus;

/// <summary>
/// Publishes the node's figures for Prometheus through node_exporter's textfile collector (node_exporter README,
/// "Textfile Collector"): one file, <see cref="FileName"/>, in the collector's directory, which it reads at every scrape.
/// Written atomically (<see cref="FileTransaction"/>: a temporary file in the same directory, then rename), as the
/// collector's documentation asks; the temporary file is named `.calibrate.prom.PID.ID.tmp` and the collector reads only
/// `*.prom`, so it never sees a half-written file, and a temporary file left by a killed push is removed by the next
/// one. The metrics (<see cref="TextfileMetrics"/>) come from the result's stored estimate, rounded as published.
/// </summary>
public static class TextfilePlanner
{
    /// <summary>Debian's and Red Hat's prometheus-node-exporter packages read this directory by default.</summary>
    public const string DefaultDirectory = "/var/lib/prometheus/node-exporter";

    public const string FileName = "calibrate.prom";

    public static PushPlan Plan(RunResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new PushConfigException($"the textfile directory {directory} does not exist (node_exporter's --collector.textfile.directory; give --dir)");
        }

        var estimate = EstimateRequirement.Of(result);
        var content = FileChange.FromUtf8(TextfileMetrics.Render(result));
        var path = Path.Combine(directory, FileName);
        var change = new FileChange(path, FileChange.ReadCurrent(path), content, FileChange.DefaultMode);
        return new PushPlan
        {
            Target = "prometheus",
            Subject = $"{EstimateUnit.Of(estimate)} {PlainNumber.Format(estimate.Value, FigureDecimals.Rating)}, factor {PlainNumber.Format(estimate.CpuFactor, FigureDecimals.CpuFactor)} from {EstimateRequirement.Describe(result)} into {path}",
            Files = [change],
        };
    }
}
