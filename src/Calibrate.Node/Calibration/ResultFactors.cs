using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Measurement;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Node.Calibration;

/// <summary>
/// The estimate every command shows and publishes for a result: the one stored with it (computed once by
/// <see cref="NodeEstimates.For"/> when it was measured, with the model and factor settings then current),
/// divided over other slots, against another reference or bucketed by another step only when asked. A result stored
/// without an estimate is estimated now, by the same function, with the current model and the site's settings.
/// </summary>
public static class ResultFactors
{
    public const string Stored = "stored with the result";
    public const string EstimatedNow = "estimated now with the current model (none was stored with the result)";

    public static (Estimate Estimate, string Source) For(RunResult result, Site site, int? slots = null, double? referencePerSlot = null, double? bucketStep = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(site);
        var (estimate, source) = result.Estimate is { } stored ? (stored, Stored) : (EstimateNow(result, site), EstimatedNow);
        if (!RunEstimate.IsUsable(estimate))
        {
            throw new OperationFailedException($"result {result.Id:D} has no usable estimate (the figure or its interval is not a finite number); refit the model with calibrate fit and measure again");
        }

        var checkedStep = bucketStep is { } step ? site.Factors(bucketStepOption: step).BucketStep : (double?)null;
        var checkedReference = referencePerSlot is { } reference ? site.Factors(referenceOption: reference).ReferencePerSlot : (double?)null;
        return (estimate.With(slots, checkedReference, checkedStep), source);
    }

    private static Estimate EstimateNow(RunResult result, Site site)
    {
        var evidence = ScoreEvidence.OfRun(result.NodeScore, result.ScoreInterval, HostNoiseFloor.Apply(ReproducibilityEstimator.Default, result.Noise?.HostNoise));
        return RunEstimate.TryEstimate(site.Model(), evidence, result.Copies.Count, site.Factors(), result.Probe, [], out var estimate, out _, out var why)
            ? estimate
            : throw new OperationFailedException($"result {result.Id:D}: {why}");
    }
}
