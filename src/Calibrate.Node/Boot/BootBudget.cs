using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Core.Probing;
using Calibrate.Node.Configuration;

namespace Calibrate.Node.Boot;

/// <summary>
/// How boot shares its hard budget: setup (process start, input generation, warm-up), measurement, then store and
/// push. The quick profile gives setup a quarter of its 60 s; boot gives setup 15% and keeps 20% for storing and
/// publishing, which on a 60 s budget is 9 s setup, 39 s measurement and 12 s for the store and pushers. A
/// precision target met early leaves the rest to the later steps.
/// </summary>
public sealed record BootBudget(TimeSpan Total, TimeSpan Measure, TimeSpan MeasureDeadline)
{
    public const double SetupShare = 0.15;
    public const double PublishShare = 0.20;

    /// <summary>Below this the measurement says nothing: a single round of the nine kernels takes about a second.</summary>
    public static readonly TimeSpan MinimumMeasure = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The setup of a quick run on the development machine, an AMD EPYC Zen 5 KVM guest (README, "Measured on the
    /// development machine": setup 1.6 s): process start, JIT, inputs and warm-up, which a slower node only lengthens.
    /// </summary>
    public static readonly TimeSpan ReferenceSetup = TimeSpan.FromSeconds(1.6);

    /// <summary>The measurement is told to stop this long before its deadline, so that it stops, drains and is analysed in time.</summary>
    public static TimeSpan StopMargin => Bounded.Grace * 3;

    public static BootBudget Split(TimeSpan total)
    {
        var measureDeadline = total * (1 - PublishShare);
        var measure = total * (1 - SetupShare - PublishShare);
        return new BootBudget(total, measure < MinimumMeasure ? MinimumMeasure : measure, measureDeadline);
    }

    /// <summary>
    /// The least budget that can measure anything: its measurement share holds <paramref name="measure"/>, and setup
    /// (<see cref="ReferenceSetup"/>) and <paramref name="measure"/> end by <see cref="StopMargin"/> before the
    /// measure deadline.
    /// </summary>
    public static TimeSpan Least(LeastBudget measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var byShare = measure.Measure / (1 - SetupShare - PublishShare);
        var byDeadline = (ReferenceSetup + measure.Measure + StopMargin) / (1 - PublishShare);
        return byShare > byDeadline ? byShare : byDeadline;
    }

    /// <summary>
    /// Refuses a budget too short for the run the measure settings make on <paramref name="node"/> (their copies and
    /// pinning on its CPUs): what boot checks before any copy starts and `config check` before a boot depends on it.
    /// Throws <see cref="PlanException"/> when the settings cannot be planned there.
    /// </summary>
    public static void CheckOn(NodeProbe node, MeasureSettings measure, TimeSpan total)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(measure);
        var placements = CopyPlanner.Plan(node, measure.Copies, measure.Pinning, PlanNames.Configuration);
        Check(total, LeastBudget.Of(measure.Profile, placements, node));
    }

    /// <summary>Refuses, before any copy starts, a budget under <see cref="Least"/>, saying why in one line.</summary>
    public static void Check(TimeSpan total, LeastBudget measure)
    {
        var least = Least(measure);
        if (total < least)
        {
            throw new BudgetTooShortException(FormattableString.Invariant(
                $"the boot budget of {total.TotalSeconds:0.###} s is too short to measure anything: boot needs at least {LeastBudget.Seconds(least)}: setup ({ReferenceSetup.TotalSeconds:0.0} s on the development machine) and {LeastBudget.Seconds(measure.Measure)} of measurement ({measure.Why}) must end {StopMargin.TotalSeconds:0} s before the measurement's deadline at {(1 - PublishShare) * 100:0}% of the budget, within its {(1 - SetupShare - PublishShare) * 100:0}% share"));
        }
    }
}
