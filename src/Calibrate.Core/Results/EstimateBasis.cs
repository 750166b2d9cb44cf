using Calibrate.Core.Factors;

namespace Calibrate.Core.Results;

/// <summary>
/// What an estimate rests on: the node score it was made from (one run's, or the mean of the node's recent runs of the
/// same hardware and plan), its relative standard uncertainty, how many runs, and the run-to-run term and its source.
/// </summary>
public sealed record EstimateBasis
{
    public required double NodeScore { get; init; }

    public required double RelativeUncertainty { get; init; }

    /// <summary>
    /// Degrees of freedom of that uncertainty (Welch–Satterthwaite over the within-run and run-to-run terms); null when
    /// they are unbounded (a stated run-to-run constant and no within-run interval): the interval then uses the normal quantile.
    /// </summary>
    public required double? DegreesOfFreedom { get; init; }

    /// <summary>
    /// The node score's interval at the estimate's level as a statement about the node (what the next run of it should
    /// fall near): within-run and run-to-run terms, unlike the result's within-run ScoreInterval.
    /// </summary>
    public required double NodeScoreLow { get; init; }

    public required double NodeScoreHigh { get; init; }

    public required int Runs { get; init; }

    /// <summary>Relative standard deviation of the node score from run to run.</summary>
    public required double RunToRun { get; init; }

    /// <summary>Null when the run-to-run term is a stated constant (unbounded degrees of freedom).</summary>
    public required double? RunToRunDegreesOfFreedom { get; init; }

    /// <summary>"this node's last 5 undisturbed results…", "the site's…", or the stated default.</summary>
    public required string RunToRunSource { get; init; }

    /// <summary>The unit the model predicts; when it is not the estimate's, its figure was carried over 1:1 (WLCG's migration rule).</summary>
    public AccountingUnit? ModelUnit { get; init; }
}
