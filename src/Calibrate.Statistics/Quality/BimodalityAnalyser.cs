using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Descriptive;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Quality;

/// <summary>
/// A kernel whose samples (outliers removed) have Sarle's bimodality coefficient above 5/9: the node ran at two speeds
/// during the run (a frequency step, a co-scheduled neighbour arriving or leaving). A hint: BC also rises with skew.
/// </summary>
/// <remarks>Pfister et al. (2013), doi:10.3389/fpsyg.2013.00700; outliers removed by the modified z-score first so that rare spikes do not pass for a second mode.</remarks>
public static class BimodalityAnalyser
{
    public static IEnumerable<Conclusion> Analyse(RunResult result, QualityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thresholds);
        var flagged = new List<string>();
        var highest = 0.0;
        foreach (var copy in result.Copies)
        {
            foreach (var kernel in copy.Kernels)
            {
                var samples = kernel.Repetitions.SelectMany(r => r).ToArray();
                if (samples.Length < thresholds.MinimumSamplesForShape)
                {
                    continue;
                }

                var median = SampleMedian.Of(samples);
                var mad = Math.Max(MedianAbsoluteDeviation.Raw(samples, median), thresholds.MinimumRelativeMad * median);
                var kept = samples.Where(s => Math.Abs(ModifiedZScore.Of(s, median, mad)) <= thresholds.OutlierModifiedZ).ToArray();
                if (kept.Length < thresholds.MinimumSamplesForShape)
                {
                    continue;
                }

                var bc = BimodalityCoefficient.Of(kept);
                if (bc > thresholds.BimodalityCoefficient)
                {
                    flagged.Add(string.Create(CultureInfo.InvariantCulture, $"{kernel.Kernel} on copy {copy.Copy}"));
                    highest = Math.Max(highest, bc);
                }
            }
        }

        if (flagged.Count > 0)
        {
            yield return new Conclusion(
                Severity.Hint,
                ConclusionCodes.Bimodal,
                string.Create(CultureInfo.InvariantCulture, $"sample times look bimodal (bimodality coefficient up to {highest:F2} > 5/9) for {string.Join(", ", flagged)}: the node may have run at two speeds"));
        }
    }
}
