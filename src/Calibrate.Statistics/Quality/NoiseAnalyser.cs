using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Quality;

/// <summary>
/// The host's noise during a run, measured and stored: the robust spread of the kernels' samples and of the two noise
/// probes (ALU and memory latency, run once a round on every copy), and what it means for the node score from run to
/// run: u_rr = √((u_w / Ŝ)² + σ_m²), the within-run term of the run's interval and σ_m, the larger of what the host's
/// noise during the run implies (<see cref="HostNoiseFloor.Implied"/>, twice <see cref="NoiseSummary.HostNoise"/>) and the run-to-run term measured on the node's or the site's
/// history (<see cref="Reproducibility"/>; not the stated default, which is an assumption, not a measurement of this
/// host). Its conclusions:
/// <list type="bullet">
/// <item>noisy host (warning) when the expected run-to-run spread, ±2 u_rr, is <see cref="QualityThresholds.NoisyHostWarning"/> or more;</item>
/// <item>within-run noise (error) when the run's own 95% interval is wider than ±<see cref="QualityThresholds.WithinRunError"/>;</item>
/// <item>noisy neighbours (warning; error above <see cref="QualityThresholds.ProbeNoiseError"/>) when a probe's time
/// varied by more than <see cref="QualityThresholds.ProbeNoiseWarning"/> (robust CV) during the run.</item>
/// </list>
/// </summary>
public static class NoiseAnalyser
{
    public static NoiseSummary Summarise(RunResult result, IReadOnlyList<NoiseProbeSeries> probes, Reproducibility reproducibility)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentNullException.ThrowIfNull(reproducibility);
        var dispersions = result.Copies
            .SelectMany(c => c.Kernels)
            .Select(k => RobustCv.Of(k.Repetitions.SelectMany(r => r).ToArray()))
            .Where(double.IsFinite)
            .ToArray();
        var within = result.ScoreInterval is { } ci ? ScoreEvidence.OfRun(result.NodeScore, ci, reproducibility with { RelativeStandardDeviation = 0 }).RelativeU : 0;
        var summary = new NoiseSummary
        {
            SampleDispersion = dispersions.Length > 0 ? SampleMedian.Of(dispersions) : null,
            AluDispersion = ProbeDispersion(probes, "alu"),
            MemoryDispersion = ProbeDispersion(probes, "memory"),
            RunToRunEstimate = 0,
            Probes = probes,
        };

        // Measured figures only: the host's noise in this run and, when there is one, the node's or the site's history;
        // the stated default is what an interval assumes when nothing is known, not a measurement of this host.
        var measured = Math.Max(HostNoiseFloor.Implied(summary.HostNoise) ?? 0, reproducibility == ReproducibilityEstimator.Default ? 0 : reproducibility.RelativeStandardDeviation);
        return summary with { RunToRunEstimate = Math.Sqrt((within * within) + (measured * measured)) };
    }

    public static IEnumerable<Conclusion> Analyse(RunResult result, QualityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (result.ScoreInterval is { } interval && interval.RelativeHalfWidth > thresholds.WithinRunError)
        {
            yield return new Conclusion(
                Severity.Error,
                ConclusionCodes.WithinRunNoise,
                string.Create(CultureInfo.InvariantCulture, $"the run's own 95% interval is ±{interval.RelativeHalfWidth:0.0%}, wider than ±{thresholds.WithinRunError:0.##%}: the host was too noisy to measure this node"));
        }

        if (result.Noise is not { } noise)
        {
            yield break;
        }

        var spread = 2 * noise.RunToRunEstimate;
        if (spread >= thresholds.NoisyHostWarning)
        {
            yield return new Conclusion(
                Severity.Warning,
                ConclusionCodes.NoisyHost,
                string.Create(CultureInfo.InvariantCulture, $"noisy host: about ±{spread:0.0%} from run to run (95%); more runs narrow the node's figure"));
        }

        foreach (var (name, dispersion) in new[] { ("ALU", noise.AluDispersion), ("memory-latency", noise.MemoryDispersion) })
        {
            if (dispersion is { } d && d > thresholds.ProbeNoiseWarning)
            {
                yield return new Conclusion(
                    d > thresholds.ProbeNoiseError ? Severity.Error : Severity.Warning,
                    ConclusionCodes.NoisyNeighbours,
                    string.Create(CultureInfo.InvariantCulture, $"noisy neighbours: the {name} probe's time varied by {d:0.0%} (robust CV) during the run"));
            }
        }
    }

    private static double? ProbeDispersion(IReadOnlyList<NoiseProbeSeries> probes, string name)
    {
        var values = probes.Where(p => p.Probe == name).Select(p => RobustCv.Of(p.Seconds)).Where(double.IsFinite).ToArray();
        return values.Length > 0 ? SampleMedian.Of(values) : null;
    }
}
