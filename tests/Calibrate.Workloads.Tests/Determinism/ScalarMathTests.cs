using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Tests.Determinism;

[TestFixture]
public sealed class ScalarMathTests
{
    [TestCase(1.0)]
    [TestCase(0.5)]
    [TestCase(2.0)]
    [TestCase(1.4142135623730951)]
    [TestCase(1e-300)]
    [TestCase(1e300)]
    [TestCase(0.9999999999)]
    public void Log_matches_libm_to_a_few_ulps(double x)
    {
        Assert.That(ScalarMath.Log(x), Is.EqualTo(Math.Log(x)).Within(4e-16 * Math.Max(1.0, Math.Abs(Math.Log(x)))));
    }

    [Test]
    public void Log_matches_libm_over_the_unit_interval_used_for_flight_lengths()
    {
        var generator = new Xoshiro256StarStar(3);
        var worst = 0.0;
        for (var i = 0; i < 100_000; i++)
        {
            var x = 1.0 - generator.NextDouble();
            worst = Math.Max(worst, Math.Abs(ScalarMath.Log(x) - Math.Log(x)) / Math.Max(1.0, Math.Abs(Math.Log(x))));
        }

        Assert.That(worst, Is.LessThan(1e-15));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Log_rejects_arguments_outside_its_domain(double x)
    {
        Assert.That(() => ScalarMath.Log(x), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
