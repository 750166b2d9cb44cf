using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Quality;

/// <summary>
/// Outlying samples within each kernel of each copy (|modified z| &gt; 3.5 against the kernel's own median and floored
/// MAD); reports the share of outliers in the worst kernel: a hint above 5%, a warning above 20%.
/// </summary>
/// <remarks>
/// Iglewicz and Hoaglin (1993). The score uses medians, so isolated spikes do not move it; many of them mean the node was
/// busy with something else for a good part of the run.
/// </remarks>
public static class OutlierSampleAnalyser
{
    public static IEnumerable<Conclusion> Analyse(RunResult result, QualityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thresholds);
        var total = 0;
        var outliers = 0;
        var worst = (Share: 0.0, Copy: 0, Kernel: string.Empty);
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
                var count = samples.Count(s => Math.Abs(ModifiedZScore.Of(s, median, mad)) > thresholds.OutlierModifiedZ);
                total += samples.Length;
                outliers += count;
                var share = (double)count / samples.Length;
                if (share > worst.Share)
                {
                    worst = (share, copy.Copy, kernel.Kernel);
                }
            }
        }

        if (worst.Share <= thresholds.OutlierSampleHintFraction)
        {
            yield break;
        }

        var severity = worst.Share > thresholds.OutlierSampleWarningFraction ? Severity.Warning : Severity.Hint;
        yield return new Conclusion(
            severity,
            ConclusionCodes.OutlierSamples,
            string.Create(CultureInfo.InvariantCulture, $"{outliers} of {total} samples are outliers (|modified z| > {thresholds.OutlierModifiedZ:F1}); worst: kernel {worst.Kernel} on copy {worst.Copy} with {worst.Share:0.0%}"));
    }
}
