using Calibrate.Core.Running;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Stopping;

/// <summary>
/// Sequential fixed-width stopping: after each round, stop when every kernel of every copy has at least the minimum
/// samples and the relative half-width h/Ŝ of the node score's interval (<see cref="NodeScoreInterval"/>) is at most the
/// target; stop anyway when the budget is spent, saying whether the target was met.
/// </summary>
/// <remarks>
/// The rule of Chow and Robbins, "On the asymptotic theory of fixed-width sequential confidence intervals for the mean",
/// Ann. Math. Statist. 36 (1965) 457–462, doi:10.1214/aoms/1177700156, with the batch-means interval in place of the
/// i.i.d. one. Checking after every round lowers coverage slightly against a fixed-length run; the minimum sample count
/// keeps the first, least reliable intervals from ending a run.
/// </remarks>
public sealed class PrecisionStoppingRule
{
    /// <summary>Default floor on samples per kernel and copy: four per batch.</summary>
    public const int DefaultMinimumSamples = 4 * NodeScoreInterval.Batches;

    private readonly double target;
    private readonly TimeSpan budget;
    private readonly int minimumSamples;
    private readonly double level;

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

    public StopDecision Evaluate(SampleSnapshot snapshot, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fewest = BatchNodeScores.FewestSamples(snapshot);
        var budgetSpent = elapsed >= budget;
        if (!NodeScoreInterval.TryCompute(snapshot, level, out var interval))
        {
            return new StopDecision(budgetSpent, false, budgetSpent ? StopReason.BudgetExhausted : StopReason.Continue, double.NaN, fewest, null);
        }

        var met = interval.RelativeHalfWidth <= target;
        interval = interval with { TargetMet = met };
        if (met && fewest >= minimumSamples)
        {
            return new StopDecision(true, true, StopReason.TargetMet, interval.RelativeHalfWidth, fewest, interval);
        }

        return budgetSpent
            ? new StopDecision(true, met, StopReason.BudgetExhausted, interval.RelativeHalfWidth, fewest, interval)
            : new StopDecision(false, met, StopReason.Continue, interval.RelativeHalfWidth, fewest, interval);
    }
}
