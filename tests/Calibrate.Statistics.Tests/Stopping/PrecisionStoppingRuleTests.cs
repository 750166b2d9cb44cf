using Calibrate.Core.Running;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Stopping;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Stopping;

/// <summary>The stopping rule driven round by round with synthetic timings; one round is taken to last one second.</summary>
public sealed class PrecisionStoppingRuleTests
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);

    private static (StopCheck Decision, int Rounds) Drive(PrecisionStoppingRule rule, SyntheticRun run)
    {
        while (true)
        {
            run.Round();
            var decision = rule.Evaluate(run.Snapshot(), run.Rounds * Round);
            if (decision.Stop)
            {
                return (decision, run.Rounds);
            }
        }
    }

    [Test]
    public void Quiet_data_stops_early_with_the_target_met()
    {
        var rule = new PrecisionStoppingRule(0.005, TimeSpan.FromSeconds(120));
        var (decision, rounds) = Drive(rule, new SyntheticRun(11, NoiseModel.Quiet));
        Assert.Multiple(() =>
        {
            Assert.That(decision.Reason, Is.EqualTo(StopReason.TargetMet));
            Assert.That(decision.TargetMet, Is.True);
            Assert.That(decision.Interval!.TargetMet, Is.True);
            Assert.That(decision.RelativeHalfWidth, Is.LessThanOrEqualTo(0.005));
            Assert.That(rounds, Is.LessThan(120));
            Assert.That(rounds, Is.EqualTo(PrecisionStoppingRule.ConfirmedAt(rule.MinimumSamples)));
        });
    }

    [Test]
    public void Noisy_data_runs_to_the_budget_and_says_the_target_was_not_met()
    {
        var rule = new PrecisionStoppingRule(0.005, TimeSpan.FromSeconds(60));
        var (decision, rounds) = Drive(rule, new SyntheticRun(12, NoiseModel.Noisy));
        Assert.Multiple(() =>
        {
            Assert.That(decision.Reason, Is.EqualTo(StopReason.BudgetExhausted));
            Assert.That(decision.TargetMet, Is.False);
            Assert.That(decision.Interval!.TargetMet, Is.False);
            Assert.That(decision.RelativeHalfWidth, Is.GreaterThan(0.005));
            Assert.That(rounds, Is.EqualTo(60));
        });
    }

    [Test]
    public void Never_stops_before_the_minimum_sample_count_even_when_the_target_is_met()
    {
        var rule = new PrecisionStoppingRule(0.5, TimeSpan.FromSeconds(600), minimumSamples: 50);
        var run = new SyntheticRun(13, NoiseModel.Quiet);
        for (var i = 0; i < PrecisionStoppingRule.ConfirmedAt(50) - 1; i++)
        {
            run.Round();
            var decision = rule.Evaluate(run.Snapshot(), run.Rounds * Round);
            Assert.That(decision.Stop, Is.False, $"stopped after {run.Rounds} rounds");
        }

        run.Round();
        Assert.That(rule.Evaluate(run.Snapshot(), run.Rounds * Round).Reason, Is.EqualTo(StopReason.TargetMet));
    }

    [Test]
    public void A_first_crossing_ends_the_run_only_if_the_target_still_holds_at_one_and_a_half_times_its_samples()
    {
        var rule = new PrecisionStoppingRule(0.5, TimeSpan.FromSeconds(600));
        var run = new SyntheticRun(15, NoiseModel.Quiet).Run(rule.MinimumSamples);
        var first = rule.Evaluate(run.Snapshot(), run.Rounds * Round);
        run.Run(PrecisionStoppingRule.ConfirmedAt(rule.MinimumSamples) - rule.MinimumSamples - 1);
        var before = rule.Evaluate(run.Snapshot(), run.Rounds * Round);
        run.Round();
        var at = rule.Evaluate(run.Snapshot(), run.Rounds * Round);
        Assert.Multiple(() =>
        {
            Assert.That(first.TargetMet, Is.True);
            Assert.That(first.Stop, Is.False);
            Assert.That(before.Stop, Is.False);
            Assert.That(at.Reason, Is.EqualTo(StopReason.TargetMet));
        });
    }

    [Test]
    public void A_miss_after_the_first_crossing_starts_the_confirmation_over()
    {
        var rule = new PrecisionStoppingRule(0.005, TimeSpan.FromSeconds(600));
        var quiet = new SyntheticRun(16, NoiseModel.Quiet).Run(rule.MinimumSamples);
        Assert.That(rule.Evaluate(quiet.Snapshot(), quiet.Rounds * Round).TargetMet, Is.True);
        var noisy = new SyntheticRun(17, NoiseModel.Noisy).Run(rule.MinimumSamples + 1);
        Assert.That(rule.Evaluate(noisy.Snapshot(), noisy.Rounds * Round).TargetMet, Is.False);
        var later = quiet.Run(PrecisionStoppingRule.ConfirmedAt(rule.MinimumSamples) - rule.MinimumSamples);
        var decision = rule.Evaluate(later.Snapshot(), later.Rounds * Round);
        Assert.Multiple(() =>
        {
            Assert.That(decision.TargetMet, Is.True);
            Assert.That(decision.Stop, Is.False, "the crossing is now the one just seen, at more samples");
        });
    }

    [Test]
    public void The_minimum_is_at_least_what_the_interval_needs()
    {
        var rule = new PrecisionStoppingRule(0.005, TimeSpan.FromSeconds(60), minimumSamples: 1);
        Assert.That(rule.MinimumSamples, Is.EqualTo(NodeScoreInterval.MinimumSamples));
    }

    [Test]
    public void A_budget_spent_before_any_interval_stops_without_the_target()
    {
        var rule = new PrecisionStoppingRule(0.005, TimeSpan.FromSeconds(5));
        var run = new SyntheticRun(14, NoiseModel.Quiet).Run(5);
        var decision = rule.Evaluate(run.Snapshot(), TimeSpan.FromSeconds(5));
        Assert.Multiple(() =>
        {
            Assert.That(decision.Stop, Is.True);
            Assert.That(decision.TargetMet, Is.False);
            Assert.That(decision.Interval, Is.Null);
            Assert.That(decision.Reason, Is.EqualTo(StopReason.BudgetExhausted));
        });
    }
}
