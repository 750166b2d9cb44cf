using System.Globalization;
using System.Text;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Node.Measurement;

namespace Calibrate.Cli.Commands.Run;

/// <summary>The human-readable summary of a run, culture-invariant (snapshot-tested).</summary>
public static class RunSummary
{
    public static string Render(RunResult result, StoredResult? stored)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        void Line(string key, string value) => sb.Append(CultureInfo.InvariantCulture, $"{key,-14}{value}\n");

        var cpu = result.Probe.Cpu;
        Line("Node", $"{result.Hostname}: {cpu.ModelName}, {cpu.OnlineCpus.Count} CPUs online, {result.Probe.Hypervisor ?? "bare metal"}");
        Line("Run", F($"{result.Plan.Profile.ToString().ToLowerInvariant()} profile, {result.Plan.Copies} copies, pinning {result.Plan.Pinning}{(result.Label is null ? "" : ", label " + result.Label)}, {(result.FinishedUtc - result.StartedUtc).TotalSeconds:F1} s"));
        var score = F($"{result.NodeScore:F2} ({result.NodeScore / result.Plan.Copies:F2} per copy)");
        if (result.ScoreInterval is { } ci)
        {
            score += F($", this run's {DisplayFormat.Percent(ci.Level, 0)} CI {ci.Low:F2} to {ci.High:F2} (±{DisplayFormat.Percent(ci.RelativeHalfWidth)}, {ci.Method})");
            if (ci.TargetMet is { } met)
            {
                score += met ? ", precision target met" : ", precision target NOT met";
            }
        }

        else
        {
            score += F($", no within-run interval (fewer than {Calibrate.Statistics.Intervals.NodeScoreInterval.MinimumSamples} samples of a kernel on a copy)");
        }

        Line("Node score", score);
        if (result.Estimate is { } e)
        {
            Line(e.Unit.ToString(), F($"{DisplayFormat.Number(e.Value, "F1")} ({DisplayFormat.Percent(e.Level, 0)} prediction interval {DisplayFormat.Number(e.Low, "F1")} to {DisplayFormat.Number(e.High, "F1")}, whole node), model {e.ModelId}{(e.ModelProvisional ? " (provisional: fit your own with calibrate fit)" : "")}{(e.Basis?.ModelUnit is { } modelUnit && modelUnit != e.Unit ? $", its {modelUnit} carried 1:1" : "")}"));
            foreach (var (key, value) in Statistics.PriorLines.Of(e.Measurement, e.Prior, e.Combination, e.PriorNote, e.Unit, e.Level))
            {
                Line(key, value);
            }

            Line("CPU factor", F($"{DisplayFormat.Number(e.CpuFactor, "F3")} ({DisplayFormat.Number(e.ValuePerSlot, "F2")} {e.Unit} per slot over {e.Slots} slots; factor 1.0 = {DisplayFormat.Number(e.ReferencePerSlot, "F2")} {e.Unit} per slot)"));
            if (e.Basis is { } b)
            {
                Line("Estimate from", F($"{(b.Runs == 1 ? "this run" : $"the mean of this node's last {b.Runs} runs (score {DisplayFormat.Number(b.NodeScore, "F2")})")}: node score {DisplayFormat.Percent(e.Level, 0)} {DisplayFormat.Number(b.NodeScoreLow, "F2")} to {DisplayFormat.Number(b.NodeScoreHigh, "F2")} for the node, with run to run ±{DisplayFormat.Percent(b.RunToRun, 2)} ({b.RunToRunSource})"));
            }
        }
        else
        {
            Line("Estimate", "not estimated: no calibration model applied");
        }

        var i = result.Interference;
        Line("Interference", F($"steal {DisplayFormat.Percent(i.StealFraction)}, other processes {i.OtherProcessesCpus:F2} CPUs, load max {i.LoadAverageMax:F2}") +
            (i.FrequencyMHzMin is { } lo && i.FrequencyMHzMax is { } hi ? F($", {lo:F0} to {hi:F0} MHz") : ""));
        if (result.Noise is { } n)
        {
            Line("Noise", F($"samples ±{Probe(n.SampleDispersion)} (robust CV), ALU probe ±{Probe(n.AluDispersion)}, memory probe ±{Probe(n.MemoryDispersion)}; expect about ±{DisplayFormat.Percent(2 * n.RunToRunEstimate, 1)} from run to run"));
        }

        if (result.Timing is { } t)
        {
            Line("Timing", F($"setup {t.SetupSeconds:F1} s, measured {t.MeasureSeconds:F1} s, start skew {t.StartSkewSeconds * 1000:F2} ms, runner overhead {DisplayFormat.Percent(t.RunnerOverheadFraction)}"));
        }

        Line("Verdict", result.Disturbed ? "DISTURBED: not fit to publish" : "ok");
        foreach (var c in result.Conclusions.Where(c => c.Severity != Severity.Hint || !result.Disturbed))
        {
            Line("", $"{c.Severity.ToString().ToLowerInvariant()}: {c.Message}");
        }

        sb.Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"{"Kernel",-12}{"seconds",10}{"score",9}{"samples",9}\n");
        foreach (var kernel in result.Copies.SelectMany(c => c.Kernels).GroupBy(k => k.Kernel))
        {
            var seconds = kernel.Average(k => k.Seconds);
            var scoreK = kernel.Average(k => k.Score);
            var samples = kernel.Sum(k => k.Repetitions.Sum(r => r.Count));
            sb.Append(CultureInfo.InvariantCulture, $"{kernel.Key,-12}{seconds,10:F4}{scoreK,9:F2}{samples,9}\n");
        }

        if (stored is not null)
        {
            sb.Append('\n');
            if (stored.StoreLocation is not null)
            {
                Line("Stored", F($"{stored.StoreLocation} (id {result.Id})"));
            }

            if (stored.StoreFailed)
            {
                Line("NOT stored", stored.StoreError ?? "the store failed");
            }

            foreach (var file in stored.Files)
            {
                Line("Written", file);
            }
        }

        return sb.ToString();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Probe(double? dispersion) => dispersion is { } d ? DisplayFormat.Percent(d, 1) : "- (not run)";
}
