using Calibrate.Core.Text;

namespace Calibrate.Core.Tests.Text;

public sealed class DecimalRoundingTests
{
    [TestCase(1.125, 2, "1.13")]
    [TestCase(-1.125, 2, "-1.13")]
    [TestCase(2.5, 0, "3")]
    [TestCase(0.5, 0, "1")]
    public void An_exact_midpoint_rounds_away_from_zero(double value, int decimals, string text) =>
        Assert.That(DecimalRounding.Text(value, decimals), Is.EqualTo(text));

    [Test]
    public void A_value_just_below_a_midpoint_rounds_down_where_Math_Round_would_round_up()
    {
        var factor = 45.23 / 2 / 10; // 2.26149999999999984...: below the midpoint 2.2615
        Assert.Multiple(() =>
        {
            Assert.That(DecimalRounding.Round(factor, 3), Is.EqualTo(2.261));
            Assert.That(DecimalRounding.Text(factor, 3), Is.EqualTo("2.261"));
            Assert.That(Math.Round(factor, 3, MidpointRounding.AwayFromZero), Is.EqualTo(2.262), "the scaling rounding this class replaces");
        });
    }
}

public sealed class DecimalRoundingAgreementTests
{
    [Test]
    public void Away_from_a_tie_it_agrees_with_the_invariant_F_format_on_seeded_values()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 20000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 7));
            var decimals = random.Next(0, 7);
            var text = DecimalRounding.Text(value, decimals);
            Assert.That(text, Is.EqualTo(value.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)), $"{value:R} to {decimals}");
        }
    }

    [TestCase(12.0, 2, "12.00")]
    [TestCase(0.0004, 3, "0.000")]
    [TestCase(5e-324, 2, "0.00")]
    [TestCase(123456789.987654, 4, "123456789.9877")]
    public void Writes_exactly_the_decimals_asked_for(double value, int decimals, string text) =>
        Assert.That(DecimalRounding.Text(value, decimals), Is.EqualTo(text));
}
