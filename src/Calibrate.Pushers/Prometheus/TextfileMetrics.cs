using System.Globalization;
using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Prometheus;

/// <summary>
/// The metrics of calibrate.prom, named by Prometheus' conventions (prometheus.io/docs/practices/naming): the
/// `calibrate_` prefix, base units (seconds, Unix time in seconds), gauges. The rating's unit is a label, `unit="HS23"` or `unit="HS06"`,
/// not part of a name, so estimates in another unit later keep the same series names; interval bounds say their
/// confidence in `level`. Every figure is the stored estimate's, rounded by <see cref="DecimalRounding"/> to
/// <see cref="FigureDecimals"/>, as the other pushers publish them. `calibrate_info` carries what identifies the
/// figures as labels with the value 1 (the `*_info` convention); no result id, so a new measurement makes no new series.
/// </summary>
public static class TextfileMetrics
{
    public const string Prefix = "calibrate_";

    public static string Render(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var estimate = EstimateRequirement.Of(result);
        var unit = ("unit", EstimateUnit.Of(estimate));
        var level = ("level", PlainNumber.Format(estimate.Level, 3));
        var basis = estimate.Basis;
        var exposition = new Exposition()
            .Comment($"Written by `calibrate push prometheus` from result {result.Id:D} (node {result.Hostname}); rewritten by every push.")
            .Gauge(Prefix + "node_estimate", "The node's rating: the estimate stored with the measurement, in the unit the unit label names.", Rating(estimate.Value), unit)
            .Gauge(Prefix + "node_estimate_lower", "Lower bound of the estimate's prediction interval at the confidence the level label gives.", Rating(estimate.Low), unit, level)
            .Gauge(Prefix + "node_estimate_upper", "Upper bound of the estimate's prediction interval at the confidence the level label gives.", Rating(estimate.High), unit, level)
            .Gauge(Prefix + "node_estimate_per_cpu", "The estimate per logical CPU measured (one copy per CPU), in the unit the unit label names.", Rating(estimate.Value / PublishGate.LogicalCpus(result)), unit)
            .Gauge(Prefix + "cpu_factor", "The CPU factor: the estimate per slot over the site's reference per slot (reference.per_slot).", Factor(estimate.CpuFactor))
            .Gauge(Prefix + "cpu_factor_lower", "Lower bound of the CPU factor's interval at the confidence the level label gives.", Factor(estimate.CpuFactorLow), level)
            .Gauge(Prefix + "cpu_factor_upper", "Upper bound of the CPU factor's interval at the confidence the level label gives.", Factor(estimate.CpuFactorHigh), level)
            .Gauge(Prefix + "node_score", "The node score the estimate was made from (Calibrate's own dimensionless, HS06-like score; sum over copies).", Score(basis?.NodeScore ?? result.NodeScore));
        if (basis is not null)
        {
            exposition
                .Gauge(Prefix + "node_score_lower", "Lower bound of the node score's interval as a statement about the node (within-run and run-to-run terms).", Score(basis.NodeScoreLow), level)
                .Gauge(Prefix + "node_score_upper", "Upper bound of the node score's interval as a statement about the node (within-run and run-to-run terms).", Score(basis.NodeScoreHigh), level);
        }

        return exposition
            .Gauge(Prefix + "last_measurement_finish_time_seconds", "When the measurement the figures come from finished, in seconds since the Unix epoch.", PlainNumber.Format(result.FinishedUtc.ToUnixTimeMilliseconds() / 1000.0, 3))
            .Gauge(Prefix + "last_measurement_duration_seconds", "How long that measurement took, probe to result, in seconds.", PlainNumber.Format((result.FinishedUtc - result.StartedUtc).TotalSeconds, 3))
            .Gauge(Prefix + "disturbed", "1 if the quality analysis flagged that measurement disturbed (published only with --force), else 0.", result.Disturbed ? "1" : "0")
            .Gauge(
                Prefix + "info",
                "What the figures come from: the Calibrate version that measured, the CPU model, the profile and the calibration model.",
                "1",
                ("version", result.Provenance.ToolVersion),
                ("cpu_model", result.Probe.Cpu.ModelName),
                ("profile", result.Plan.Profile.ToString().ToLower(CultureInfo.InvariantCulture)),
                ("model_id", estimate.ModelId))
            .ToString();
    }

    private static string Rating(double value) => PlainNumber.Format(value, FigureDecimals.Rating);

    private static string Factor(double value) => PlainNumber.Format(value, FigureDecimals.CpuFactor);

    private static string Score(double value) => PlainNumber.Format(value, FigureDecimals.NodeScore);
}
