using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Tests.Plotting;

/// <summary>Heckbert's nice ticks: known cases and properties over seeded random ranges.</summary>
public sealed class NiceTicksTests
{
    [TestCase(0, 100, 0, 100, 20)]
    [TestCase(11.9, 13.3, 11.5, 13.5, 0.5)]
    [TestCase(0.001, 0.0093, 0, 0.01, 0.002)]
    [TestCase(-3.7, 4.2, -4, 6, 2)]
    public void Known_ranges_get_the_expected_scale(double min, double max, double low, double high, double step)
    {
        var scale = NiceTicks.Compute(min, max);
        Assert.Multiple(() =>
        {
            Assert.That(scale.Min, Is.EqualTo(low).Within(1e-12));
            Assert.That(scale.Max, Is.EqualTo(high).Within(1e-12));
            Assert.That(scale.Step, Is.EqualTo(step).Within(1e-12));
        });
    }

    [Test]
    public void Labels_have_as_many_decimals_as_the_step_needs()
    {
        Assert.That(NiceTicks.Compute(11.9, 13.3).Ticks.Select(t => t.Label), Is.EqualTo(new[] { "11.5", "12.0", "12.5", "13.0", "13.5" }));
        Assert.That(NiceTicks.Compute(-1, 1).Ticks.Select(t => t.Label), Does.Contain("0.0").And.Not.Contain("-0.0"));
    }

    [Test]
    public void A_single_value_gets_an_axis_around_it()
    {
        var scale = NiceTicks.Compute(5, 5);
        Assert.That(scale.Min, Is.LessThan(5));
        Assert.That(scale.Max, Is.GreaterThan(5));
    }

    [Test]
    public void Random_ranges_satisfy_the_properties()
    {
        var random = new Random(20260315);
        for (var i = 0; i < 5000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-6, 9));
            var a = (random.NextDouble() - 0.3) * magnitude;
            var b = a + (random.NextDouble() * magnitude) + (magnitude * 1e-6);
            var target = random.Next(2, 12);
            var scale = NiceTicks.Compute(a, b, target);
            var mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step)));
            var context = $"[{a}, {b}] target {target}: step {scale.Step}, [{scale.Min}, {scale.Max}]";
            Assert.That(scale.Min, Is.LessThanOrEqualTo(a), context);
            Assert.That(scale.Max, Is.GreaterThanOrEqualTo(b), context);
            Assert.That(new[] { 1.0, 2.0, 5.0, 10.0 }.Any(n => Math.Abs(mantissa - n) < 1e-9), Is.True, "1-2-5 step, " + context);
            Assert.That(scale.Ticks, Has.Count.InRange(2, (2 * target) + 2), context);
            Assert.That(scale.Ticks.Select(t => t.Label).Distinct().Count(), Is.EqualTo(scale.Ticks.Count), "distinct labels, " + context);
            Assert.That(scale.Ticks.Select(t => t.Value), Is.Ordered.Ascending, context);
            Assert.That(Math.Abs((scale.Min / scale.Step) - Math.Round(scale.Min / scale.Step)), Is.LessThan(1e-6), "bounds on the step grid, " + context);
        }
    }

    [Test]
    public void Ticks_scale_with_the_data()
    {
        // Invariance: multiplying the range by a power of ten multiplies the step by it.
        var a = NiceTicks.Compute(3.3, 47.1);
        var b = NiceTicks.Compute(33, 471);
        Assert.That(b.Step, Is.EqualTo(a.Step * 10).Within(1e-9));
        Assert.That(b.Ticks, Has.Count.EqualTo(a.Ticks.Count));
    }

    [Test]
    public void Time_ticks_use_calendar_steps()
    {
        var from = new DateTimeOffset(2026, 1, 1, 5, 0, 0, TimeSpan.Zero);
        var scale = TimeTicks.Compute(from, from.AddDays(20));
        Assert.That(scale.Step, Is.EqualTo(TimeSpan.FromDays(7).TotalSeconds));
        Assert.That(scale.Ticks[0].Label, Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
        Assert.That(scale.Min, Is.LessThanOrEqualTo(from.ToUnixTimeSeconds()));
    }
}
