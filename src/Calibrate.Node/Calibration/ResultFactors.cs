using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Statistics.Calibration;

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
        var (estimate, source) = result.Estimate is { } stored
            ? (stored, Stored)
            : (NodeEstimates.ForStored(site.Model(), result, site.Factors()), EstimatedNow);
        var checkedStep = bucketStep is { } step ? site.Factors(bucketStepOption: step).BucketStep : (double?)null;
        var checkedReference = referencePerSlot is { } reference ? site.Factors(referenceOption: reference).ReferencePerSlot : (double?)null;
        return (estimate.With(slots, checkedReference, checkedStep), source);
    }
}
