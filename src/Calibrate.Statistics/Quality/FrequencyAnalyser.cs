using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;

namespace Calibrate.Statistics.Quality;

/// <summary>A frequency drop during the run: (max − min) / max of the sampled core frequency above the threshold.</summary>
public static class FrequencyAnalyser
{
    public static IEnumerable<Conclusion> Analyse(RunResult result, QualityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (result.Interference.FrequencyMHzMin is not { } min || result.Interference.FrequencyMHzMax is not { } max || !(max > 0))
        {
            yield break;
        }

        var drop = (max - min) / max;
        if (drop > thresholds.FrequencyDropWarning)
        {
            yield return new Conclusion(
                Severity.Warning,
                ConclusionCodes.FrequencyDrop,
                string.Create(CultureInfo.InvariantCulture, $"core frequency ranged {min:F0}-{max:F0} MHz during the run ({drop:0.0%} drop): power saving, thermal or turbo limits"));
        }
    }
}
