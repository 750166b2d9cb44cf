using System.Text;
using Calibrate.Core.Factors;
using Calibrate.Node.Calibration;
using Calibrate.Pushers.Lsf;
using static Calibrate.Core.Text.DisplayFormat;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>The human-readable report of `calibrate factor`, culture-invariant (snapshot-tested).</summary>
public static class FactorRenderer
{
    public static string Render(FactorOutput o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sb = new StringBuilder();
        void Line(string key, string value) => sb.Append(F($"{key,-12}{value}\n"));

        var level = Percent(o.Level, 0);
        var f = o.Factor;
        Line("Result", F($"{o.ResultId}: {o.Hostname}{(o.Label is null ? "" : ", label " + o.Label)}, {o.Copies} copies, started {o.StartedUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z"));
        var score = Number(o.NodeScore, "F2");
        Line("Node score", o.ScoreLow is { } low && o.ScoreHigh is { } high ? $"{score} (this run's {level} CI {Interval(low, high, "F2")})" : $"{score} (no within-run interval: too few samples)");
        if (o.NodeScoreLow is { } nodeLow && o.NodeScoreHigh is { } nodeHigh && o.RunToRun is { } runToRun)
        {
            Line("For node", $"{level} {Interval(nodeLow, nodeHigh, "F2")} with run to run ±{Percent(runToRun, 2)} ({o.RunToRunSource})");
        }
        Line("Model", $"{o.ModelId}: {o.ModelDescription}");
        Line("Estimate", o.EstimateSource);
        Line(o.Unit.ToString(), $"{Number(o.Value, "F1")} ({level} prediction interval {Interval(o.Low, o.High, "F1")}, whole node)");
        foreach (var (key, value) in PriorLines.Of(o.Measurement, o.Prior, o.Combination, o.PriorNote, o.Unit, o.Level))
        {
            Line(key, value);
        }

        Line("Slots", F($"{f.Slots} ({(o.SlotsGiven ? "--slots" : "the copies measured")}): {f.ValuePerSlot:F2} {o.Unit} per slot"));
        Line("Reference", F($"{f.ReferencePerSlot:F2} {o.Unit} per slot is factor 1.0"));
        Line("CPU factor", $"{Number(f.Factor, "F3")} ({level} interval {Interval(o.FactorLow, o.FactorHigh, "F3")})");
        Line("LSF", $"{Number(f.LsfFactor, "F2")} (CPUFACTOR, rounded to 2 decimals)");
        Line("Bucket", $"{CpuFactorRules.BucketText(f.Bucket, f.BucketStep)} (host models in steps of {CpuFactorRules.BucketText(f.BucketStep, f.BucketStep)}; LSF model {LsfNames.ModelName(f.Bucket, f.BucketStep)})");
        if (o.Disturbed)
        {
            Line("Verdict", "DISTURBED: computed with --force, not fit to publish");
        }

        return sb.ToString();
    }
}
