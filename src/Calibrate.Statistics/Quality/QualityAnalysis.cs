using Calibrate.Core.Quality;
using Calibrate.Core.Results;

namespace Calibrate.Statistics.Quality;

/// <summary>
/// Runs every quality analyser over a result. Disturbed = at least one conclusion of severity
/// <see cref="Severity.Error"/>; disturbed results are excluded from calibration and pushing unless forced.
/// </summary>
public static class QualityAnalysis
{
    public static QualityVerdict Analyse(RunResult result) => Analyse(result, QualityThresholds.Default);

    public static QualityVerdict Analyse(RunResult result, QualityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thresholds);
        var conclusions = new List<Conclusion>();
        conclusions.AddRange(VerificationAnalyser.Analyse(result));
        conclusions.AddRange(OutlierCopyAnalyser.Analyse(result, thresholds));
        conclusions.AddRange(OutlierSampleAnalyser.Analyse(result, thresholds));
        conclusions.AddRange(BimodalityAnalyser.Analyse(result, thresholds));
        conclusions.AddRange(InterferenceAnalyser.Analyse(result, thresholds));
        conclusions.AddRange(FrequencyAnalyser.Analyse(result, thresholds));
        conclusions.AddRange(NoiseAnalyser.Analyse(result, thresholds));
        return new QualityVerdict(conclusions, conclusions.Any(c => c.Severity == Severity.Error));
    }
}
