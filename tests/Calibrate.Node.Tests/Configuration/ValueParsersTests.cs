using Calibrate.Node.Configuration;


namespace Calibrate.Node.Tests.Configuration;

public sealed class ValueParsersTests
{
    [TestCase("60s", 60)]
    [TestCase("90", 90)]
    [TestCase("5m", 300)]
    [TestCase("1m30s", 90)]
    [TestCase("2h", 7200)]
    [TestCase("7d", 604800)]
    [TestCase("1.5d", 129600)]
    [TestCase("1d12h", 129600)]
    [TestCase(" 30D ", 2592000)]
    public void Parses_durations(string text, double seconds)
    {
        Assert.That(ValueParsers.TryParseDuration(text, out var duration), Is.True);
        Assert.That(duration, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [TestCase("")]
    [TestCase("0s")]
    [TestCase("0d")]
    [TestCase("soon")]
    [TestCase("5x")]
    [TestCase("12h3d")]
    [TestCase("-5m")]
    public void Rejects_what_is_not_a_positive_duration(string text) =>
        Assert.That(ValueParsers.TryParseDuration(text, out _), Is.False);

    [TestCase("0.5%", 0.005)]
    [TestCase("0.005", 0.005)]
    [TestCase("2", 0.02)]
    public void Parses_fractions(string text, double expected)
    {
        Assert.That(ValueParsers.TryParseFraction(text, out var fraction), Is.True);
        Assert.That(fraction, Is.EqualTo(expected).Within(1e-15));
    }

    [TestCase("0")]
    [TestCase("100%")]
    [TestCase("abc")]
    public void Rejects_what_is_not_a_fraction_below_one(string text) =>
        Assert.That(ValueParsers.TryParseFraction(text, out _), Is.False);
}
