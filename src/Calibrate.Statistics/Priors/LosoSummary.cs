using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// The error of a set of leave-one-site-out predictions: the median and 90th percentile (type 7) of the absolute
/// relative error, and the relative SD the prior states, s = √(mean(ln(predicted/measured)²)), with its degrees of
/// freedom.
/// </summary>
/// <remarks>
/// s is the root mean square of the prediction errors, not their SD about their mean: a prior is judged by its
/// error, bias included. Degrees of freedom: the errors of one model and SMT state share their sites (two sites give
/// two mirrored errors but one comparison), so each (model, SMT state) counts min(predictions, sites involved − 1),
/// the sites involved being those left out and those that predicted them; the sum over them is the df. This is
/// conservative where a model has several layouts.
/// </remarks>
public sealed record LosoSummary
{
    /// <summary>The 90th percentile reported with the median.</summary>
    public const double UpperQuantile = 0.9;

    public required int Predictions { get; init; }

    public required int Models { get; init; }

    /// <summary>Median absolute relative error (a fraction: 0.032 is 3.2%).</summary>
    public required double MedianAbsoluteError { get; init; }

    /// <summary>90th percentile of the absolute relative error (a fraction).</summary>
    public required double P90AbsoluteError { get; init; }

    /// <summary>Relative SD of a prediction: √(mean ln² (predicted/measured)).</summary>
    public required double RelativeSd { get; init; }

    public required int DegreesOfFreedom { get; init; }

    /// <returns>the summary, or null for no predictions.</returns>
    public static LosoSummary? Of(IReadOnlyList<LosoPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count == 0)
        {
            return null;
        }

        var errors = predictions.Select(p => p.AbsoluteRelativeError).Order().ToArray();
        var df = predictions
            .GroupBy(p => (p.Model, p.SmtActive))
            .Sum(g => Math.Min(g.Count(), g.Select(p => p.Site).Concat(g.SelectMany(p => p.SourceSites)).Distinct(StringComparer.Ordinal).Count() - 1));
        return new LosoSummary
        {
            Predictions = predictions.Count,
            Models = predictions.Select(p => p.Model).Distinct(StringComparer.Ordinal).Count(),
            MedianAbsoluteError = SampleMedian.Of(errors),
            P90AbsoluteError = Type7Quantile.OfSorted(errors, UpperQuantile),
            RelativeSd = Math.Sqrt(predictions.Average(p => p.LogError * p.LogError)),
            DegreesOfFreedom = df,
        };
    }
}
