using System.Text;
using static Calibrate.Cli.Commands.Statistics.StatisticsFormat;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>The human-readable report of `calibrate factor`, culture-invariant (snapshot-tested).</summary>
public static class FactorRenderer
{
    public static string Render(FactorOutput o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sb = new StringBuilder();
        void Line(string key, string value) => sb.Append(F($"{key,-12}{value}\n"));

        var level = Percent(o.Level, "F0");
        var f = o.Factor;
        Line("Result", F($"{o.ResultId}: {o.Hostname}{(o.Label is null ? "" : ", label " + o.Label)}, {o.Copies} copies, started {o.StartedUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z"));
        var score = Number(o.NodeScore, "F2");
        Line("Node score", o.ScoreLow is { } low && o.ScoreHigh is { } high ? $"{score} ({level} CI {Interval(low, high, "F2")})" : $"{score} (no interval)");
        Line("Model", $"{o.ModelId}: {o.ModelDescription}");
        Line("HS06", $"{Number(o.Hs06, "F1")} ({level} prediction interval {Interval(o.Hs06Low, o.Hs06High, "F1")})");
        Line("Slots", F($"{f.Slots} ({(o.SlotsGiven ? "--slots" : "the copies measured")}): {f.Hs06PerSlot:F2} HS06 per slot"));
        Line("Reference", F($"{f.ReferenceHs06PerSlot:F2} HS06 per slot is factor 1.0"));
        Line("CPU factor", $"{Number(f.Factor, "F3")} ({level} interval {Interval(o.FactorLow, o.FactorHigh, "F3")})");
        Line("LSF", $"{Number(f.LsfFactor, "F2")} (CPUFACTOR, rounded to 2 decimals)");
        Line("Bucket", $"{Number(f.Bucket, "0.00##")} (host models in steps of {Number(f.BucketStep, "0.00##")})");
        if (o.Disturbed)
        {
            Line("Verdict", "DISTURBED: computed with --force, not fit to publish");
        }

        return sb.ToString();
    }
}
