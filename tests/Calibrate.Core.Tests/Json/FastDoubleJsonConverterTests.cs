using System.Text.Json;
using Calibrate.Core.Json;

namespace Calibrate.Core.Tests.Json;

public sealed class FastDoubleJsonConverterTests
{
    private static readonly JsonSerializerOptions Fast = new() { Converters = { new FastDoubleJsonConverter() } };

    /// <summary>
    /// Values of the kinds Calibrate records (readings rounded to 0 to 12 decimals at every magnitude, sample times,
    /// scores with all their digits) and the edges of the fast path: the converter must write exactly what the standard
    /// writer writes for each.
    /// </summary>
    [Test]
    public void Writes_the_same_text_as_the_standard_writer()
    {
        var values = SeededValues(new Random(20261121), 200_000);
        values.AddRange([0.0, -0.0, 1e-4, 0.99999e-4, 1e-5, 0.0001234, 0.1, 0.3, 1.0 / 3, 2.5, 1e6, 999_999.999999999,
            999_999.9999999999, 123_456.000000001, 1e15, -1.5, -0.004, double.Epsilon, double.MaxValue, double.MinValue]);
        double[] array = [.. values];
        Assert.That(JsonSerializer.Serialize(array, Fast), Is.EqualTo(JsonSerializer.Serialize(array)));
    }

    [Test]
    public void Nullable_doubles_take_the_same_path()
    {
        double?[] values = [0.004, null, 2596.1, 10.112599910542386];
        Assert.That(JsonSerializer.Serialize(values, Fast), Is.EqualTo("[0.004,null,2596.1,10.112599910542386]"));
    }

    [Test]
    public void Reads_back_every_value_exactly()
    {
        double[] values = [.. SeededValues(new Random(7), 10_000)];
        var back = JsonSerializer.Deserialize<double[]>(JsonSerializer.Serialize(values, Fast), Fast);
        Assert.That(back, Is.EqualTo(values));
    }

    [Test]
    public void Values_that_are_not_json_numbers_are_refused_as_by_the_standard_writer()
    {
        Assert.Throws<ArgumentException>(() => JsonSerializer.Serialize(double.NaN, Fast));
        Assert.Throws<ArgumentException>(() => JsonSerializer.Serialize(double.PositiveInfinity, Fast));
    }

    [TestCase(0.1059042, "0.1059042")]
    [TestCase(2596.1, "2596.1")]
    [TestCase(0.000123456, "0.000123456")]
    [TestCase(999_999.999999999, "999999.999999999")]
    [TestCase(0.0, "0")]
    public void Short_decimals_take_the_fast_path(double value, string text)
    {
        var buffer = new byte[ShortDecimal.MaxLength];
        Assert.That(ShortDecimal.TryFormat(value, buffer, out var written), Is.True);
        Assert.That(System.Text.Encoding.ASCII.GetString(buffer, 0, written), Is.EqualTo(text));
    }

    [TestCase(10.112599910542386)]
    [TestCase(1e-5)]
    [TestCase(1e6)]
    [TestCase(-2.5)]
    [TestCase(-0.0)]
    public void Other_values_are_left_to_the_standard_writer(double value) =>
        Assert.That(ShortDecimal.TryFormat(value, new byte[ShortDecimal.MaxLength], out _), Is.False);

    /// <summary>Plain decimals of up to 15 significant digits parse to exactly the double the standard parser gives.</summary>
    [Test]
    public void Short_decimals_parse_to_the_same_double_as_the_standard_parser()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 16)));
            var decimals = random.Next(0, 23);
            var text = Decimal(digits, decimals, negative: random.Next(4) == 0);
            Assert.That(ShortDecimal.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var parsed), Is.True, text);
            Assert.That(BitConverter.DoubleToInt64Bits(parsed), Is.EqualTo(BitConverter.DoubleToInt64Bits(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture))), text);
        }

    }

    [TestCase("1e5")]
    [TestCase("2.5E-3")]
    [TestCase("1234567890123456")]
    [TestCase("0.12345678901234567")]
    [TestCase("0.00000000000000000000001")]
    public void Other_numbers_are_left_to_the_standard_parser(string text) =>
        Assert.That(ShortDecimal.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _), Is.False);

    [Test]
    public void Numbers_the_fast_path_leaves_are_still_read()
    {
        var back = JsonSerializer.Deserialize<double[]>("[1e5,0.12345678901234567,-2.5,0]", Fast);
        Assert.That(back, Is.EqualTo(new[] { 1e5, 0.12345678901234567, -2.5, 0 }));
    }

    /// <summary>"-0.0123" for 123, 4 decimals, negative.</summary>
    private static string Decimal(long digits, int decimals, bool negative)
    {
        var text = digits.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var point = decimals == 0 ? text : text[..^decimals] + "." + text[^decimals..];
        return negative ? "-" + point : point;
    }

    private static List<double> SeededValues(Random random, int count)
    {
        var values = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-6, 8));
            values.Add(Math.Round(random.NextDouble() * magnitude, random.Next(0, 13)));
            values.Add(random.NextDouble() * magnitude);
            values.Add(TimeSpan.FromTicks(random.NextInt64(1, 100_000_000_000)).TotalSeconds);
        }

        return values;
    }
}
