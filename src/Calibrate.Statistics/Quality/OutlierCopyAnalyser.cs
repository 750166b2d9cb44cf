using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Quality;

/// <summary>
/// Copies whose score is an outlier among the run's copies: |0.6745 (x − x̃) / max(MAD, f·x̃)| &gt; 3.5, with f the
/// <see cref="QualityThresholds.MinimumRelativeMad"/> floor.
/// </summary>
/// <remarks>Iglewicz and Hoaglin (1993) modified z-score; Leys et al. (2013), doi:10.1016/j.jesp.2013.03.013.</remarks>
public static class OutlierCopyAnalyser
{
    public static IEnumerable<Conclusion> Analyse(RunResult result, QualityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (result.Copies.Count < thresholds.MinimumCopiesForOutliers)
        {
            yield break;
        }

        var scores = result.Copies.Select(c => c.Score).ToArray();
        var median = SampleMedian.Of(scores);
        var mad = Math.Max(MedianAbsoluteDeviation.Raw(scores, median), thresholds.MinimumRelativeMad * median);
        foreach (var copy in result.Copies)
        {
            var z = ModifiedZScore.Of(copy.Score, median, mad);
            if (Math.Abs(z) <= thresholds.OutlierModifiedZ)
            {
                continue;
            }

            var deviation = (copy.Score - median) / median;
            var severity = Math.Abs(deviation) > thresholds.OutlierCopyErrorFraction ? Severity.Error : Severity.Warning;
            yield return new Conclusion(
                severity,
                ConclusionCodes.OutlierCopy,
                string.Create(CultureInfo.InvariantCulture, $"copy {copy.Copy} scored {copy.Score:F3}, {deviation:+0.0%;-0.0%} from the copies' median {median:F3} (modified z {z:F1})"));
        }
    }
}
