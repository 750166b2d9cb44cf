using Calibrate.Core.Running;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Stopping;

/// <summary>
/// Sequential fixed-width stopping with confirmation: after each round, once every kernel of every copy has at least
/// the minimum samples, the relative half-width h/Ŝ of the node score's interval (<see cref="NodeScoreInterval"/>) is
/// compared with the target; the first crossing at n₁ samples ends the run only if the target still holds at every
/// evaluation up to <see cref="ConfirmedAt"/>(n₁) = ⌈1.5 n₁⌉ (a miss on the way starts over). The budget stops the run
/// anyway, saying whether the target was met.
/// </summary>
/// <remarks>
/// The rule of Chow and Robbins, "On the asymptotic theory of fixed-width sequential confidence intervals for the mean",
/// Ann. Math. Statist. 36 (1965) 457–462, doi:10.1214/aoms/1177700156, needs a consistent variance estimator; batch
/// means with a fixed number of batches is not one, and stopping at the first crossing then selects the runs whose
/// variance is under-estimated by chance (Glynn and Whitt, "The asymptotic validity of sequential stopping rules for
/// stochastic simulations", Ann. Appl. Probab. 2 (1992) 180–198, doi:10.1214/aoap/1177005777). Seeded simulation
/// (PrecisionStoppingRuleCoverageTests, one round a second, the realistic noise model): stopping at the first crossing
/// covered 90.5% (target 0.5%, budget 60 s), 92.2% (1%, 60 s), 89.2% (0.5%, 120 s) and 92.2% (1%, 120 s). The
/// confirmation follows Stein's two-stage idea ("A two-sample test for a linear hypothesis whose power is independent of
/// the variance", Ann. Math. Statist. 16 (1945) 243–258, doi:10.1214/aoms/1177731088): the first crossing only sets the
/// size of a second stage, whose new third of the data must agree; the factor 1.5 is the smallest of 1.1, 1.25 and 1.5
/// that kept every simulated case at 93% or more.
/// </remarks>
public sealed class PrecisionStoppingRule : IStoppingRule
{
    /// <summary>Default floor on samples per kernel and copy: four per batch.</summary>
    public const int DefaultMinimumSamples = 4 * NodeScoreInterval.Batches;

    private readonly double target;
    private readonly TimeSpan budget;
    private readonly int minimumSamples;
    private readonly double level;
    private int firstMetAt;

    /// <param name="targetRelativeHalfWidth">e.g. 0.005 for `--precision 0.5%`.</param>
    /// <param name="budget">the measurement's wall-time budget, e.g. 60 s.</param>
    /// <param name="minimumSamples">samples of every kernel on every copy before the rule may stop early; raised to
    /// <see cref="NodeScoreInterval.MinimumSamples"/> when lower.</param>
    /// <param name="level">the interval's confidence level.</param>
    public PrecisionStoppingRule(double targetRelativeHalfWidth, TimeSpan budget, int minimumSamples = DefaultMinimumSamples, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(targetRelativeHalfWidth, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumSamples);
        target = targetRelativeHalfWidth;
        this.budget = budget;
        this.minimumSamples = Math.Max(minimumSamples, NodeScoreInterval.MinimumSamples);
        this.level = level;
    }

    public double TargetRelativeHalfWidth => target;

    public TimeSpan Budget => budget;

    public int MinimumSamples => minimumSamples;

    /// <summary>
    /// Samples at which a first crossing at n₁ samples is confirmed, as a multiple of n₁: the target must hold at every
    /// evaluation up to ⌈1.5 n₁⌉. See remarks.
    /// </summary>
    public const double ConfirmationFactor = 1.5;

    /// <summary>The samples at which a crossing at <paramref name="first"/> samples ends the run.</summary>
    public static int ConfirmedAt(int first) => (int)Math.Ceiling(first * ConfirmationFactor);

    public StopCheck Evaluate(SampleSnapshot snapshot, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fewest = BatchNodeScores.FewestSamples(snapshot);
        var budgetSpent = elapsed >= budget;
        if (!NodeScoreInterval.TryCompute(snapshot, level, out var interval))
        {
            return new StopCheck(budgetSpent, false, budgetSpent ? StopReason.BudgetExhausted : StopReason.Continue, null, fewest, null);
        }

        var met = interval.RelativeHalfWidth <= target;
        interval = interval with { TargetMet = met };
        if (!met)
        {
            firstMetAt = 0;
        }
        else if (firstMetAt == 0 && fewest >= minimumSamples)
        {
            firstMetAt = fewest;
        }

        if (met && firstMetAt > 0 && fewest >= ConfirmedAt(firstMetAt))
        {
            return new StopCheck(true, true, StopReason.TargetMet, interval.RelativeHalfWidth, fewest, interval);
        }

        return budgetSpent
            ? new StopCheck(true, met, StopReason.BudgetExhausted, interval.RelativeHalfWidth, fewest, interval)
            : new StopCheck(false, met, StopReason.Continue, interval.RelativeHalfWidth, fewest, interval);
    }
}
