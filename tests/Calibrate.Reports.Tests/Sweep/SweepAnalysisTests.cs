using Calibrate.Reports.Charts;
using Calibrate.Reports.Sweep;

namespace Calibrate.Reports.Tests.Sweep;

/// <summary>The job-slot answer on curves whose answer is known by construction.</summary>
public sealed class SweepAnalysisTests
{
    [Test]
    public void Saturating_curve_gives_the_knee_at_the_physical_cores_and_the_optimum_at_saturation()
    {
        var result = SweepAnalysis.Analyse(Fixtures.Scaling());
        Assert.Multiple(() =>
        {
            Assert.That(result.BestPinning, Is.EqualTo("core"));
            Assert.That(result.KneeCopies, Is.EqualTo(8));
            Assert.That(result.MaxCopies, Is.EqualTo(16));
            // 1% intervals: 15 copies (97.5 + 0.975) stays below 16's lower bound (99): still rising at 16.
            Assert.That(result.OptimalCopies, Is.EqualTo(16));
            Assert.That(result.OptimalLow, Is.EqualTo(16));
            Assert.That(result.OptimalHigh, Is.EqualTo(16));
        });
    }

    [Test]
    public void Flat_top_within_noise_recommends_the_fewest_copies()
    {
        ScalingPoint P(int c, double s) => new("none", c, s, s - 2, s + 2);
        var result = SweepAnalysis.Analyse([P(1, 10), P(2, 20), P(3, 29), P(4, 37), P(5, 38), P(6, 39), P(7, 38.5)]);
        Assert.That(result.MaxCopies, Is.EqualTo(6));
        Assert.That(result.OptimalCopies, Is.EqualTo(4));
        Assert.That(result.OptimalHigh, Is.EqualTo(7));
    }

    [Test]
    public void Repeated_cells_are_averaged()
    {
        var curves = SweepAnalysis.Curves([new("core", 2, 10, 9, 11), new("core", 2, 12, 11, 13), new("core", 1, 6, 5, 7)]);
        Assert.That(curves["core"].Select(p => (p.Copies, p.Score)), Is.EqualTo(new[] { (1, 6.0), (2, 11.0) }));
    }

    [Test]
    public void Kneedle_finds_no_knee_on_a_straight_line_and_is_scale_invariant()
    {
        Assert.That(Kneedle.Find([(1, 1), (2, 2), (3, 3), (4, 4)]), Is.Null);
        (double, double)[] curve = [(1, 1), (2, 1.9), (3, 2.5), (4, 2.7), (5, 2.8)];
        Assert.That(Kneedle.Find(curve), Is.EqualTo(3));
        Assert.That(Kneedle.Find([.. curve.Select(p => (p.Item1 * 10, (p.Item2 * 7) + 100))]), Is.EqualTo(30));
    }
}
