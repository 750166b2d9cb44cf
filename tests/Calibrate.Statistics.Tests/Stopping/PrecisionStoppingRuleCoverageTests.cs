using Calibrate.Core.Running;
using Calibrate.Statistics.Stopping;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Stopping;

/// <summary>
/// Seeded simulations of the coverage of the interval a run ends with when <see cref="PrecisionStoppingRule"/> decides
/// when to stop (one round a second, <see cref="NoiseModel.Realistic"/>): stopping as soon as the half-width first reaches
/// the target selects runs whose variance estimate is low by chance.
/// </summary>
public sealed class PrecisionStoppingRuleCoverageTests
{
    private const int Simulations = 1000;

    internal static (double Coverage, double StoppedEarly, double MeanRounds) Coverage(double target, int budgetRounds, int seed, int simulations = Simulations)
    {
        var covered = 0;
        var early = 0;
        var rounds = 0L;
        for (var s = 0; s < simulations; s++)
        {
            var rule = new PrecisionStoppingRule(target, TimeSpan.FromSeconds(budgetRounds));
            var run = new SyntheticRun(seed + s, NoiseModel.Realistic);
            StopCheck decision;
            do
            {
                run.Round();
                decision = rule.Evaluate(run.Snapshot(), TimeSpan.FromSeconds(run.Rounds));
            }
            while (!decision.Stop);

            var interval = decision.Interval!;
            covered += interval.Low <= run.TrueNodeScore && run.TrueNodeScore <= interval.High ? 1 : 0;
            early += decision.Reason == StopReason.TargetMet ? 1 : 0;
            rounds += run.Rounds;
        }

        return ((double)covered / simulations, (double)early / simulations, (double)rounds / simulations);
    }

    /// <summary>Targets the quick profile can and cannot reach, within its 60 s budget and a longer one.</summary>
    [TestCase(0.005, 60)]
    [TestCase(0.01, 60)]
    [TestCase(0.005, 120)]
    [TestCase(0.01, 120)]
    public void The_interval_a_run_stops_with_covers_the_truth_in_93_to_97_percent_of_runs(double target, int budgetRounds)
    {
        var (coverage, early, rounds) = Coverage(target, budgetRounds, 7_000_000 + (int)(target * 1e5) + budgetRounds);
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"target {target:P1}, budget {budgetRounds} s: coverage {coverage:P1}, target met before the budget in {early:P0}, mean rounds {rounds:F0}"));
        Assert.That(coverage, Is.InRange(0.93, 0.97));
    }
}
