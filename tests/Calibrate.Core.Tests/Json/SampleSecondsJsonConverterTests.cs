using System.Text.Json;
using Calibrate.Core.Json;

namespace Calibrate.Core.Tests.Json;

public sealed class SampleSecondsJsonConverterTests
{
    private static readonly JsonSerializerOptions Fast = new() { Converters = { new SampleSecondsJsonConverter() } };

    /// <summary>The fast path must write exactly what the standard writer writes, for every value it takes.</summary>
    [Test]
    public void Writes_the_same_text_as_the_standard_writer_for_seeded_random_samples()
    {
        var random = new Random(20261121);
        var values = new List<double>();
        for (var i = 0; i < 200_000; i++)
        {
            var ticks = random.NextInt64(1, 100_000_000_000);
            values.Add(TimeSpan.FromTicks(ticks).TotalSeconds);
            values.Add(random.NextDouble() * Math.Pow(10, random.Next(-9, 8)));
        }

        values.AddRange([1e-7, 1e-4, 0.0001234, 0.1, 1.0, 10.0, 999_999.9999999, 1e6, 5e-5, double.Epsilon]);
        IReadOnlyList<IReadOnlyList<double>> samples = [values.ToArray()];
        Assert.That(JsonSerializer.Serialize(samples, Fast), Is.EqualTo(JsonSerializer.Serialize(samples)));
    }

    [Test]
    public void Reads_back_what_it_writes()
    {
        IReadOnlyList<IReadOnlyList<double>> samples = [[0.1059042, 0.1, 2.5], [], [3.1415926]];
        var back = JsonSerializer.Deserialize<IReadOnlyList<IReadOnlyList<double>>>(JsonSerializer.Serialize(samples, Fast), Fast)!;
        Assert.That(back.Select(r => r.ToArray()), Is.EqualTo(samples.Select(r => r.ToArray())));
    }

    [TestCase("[1,2]")]
    [TestCase("{}")]
    public void Refuses_what_is_not_arrays_of_seconds(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IReadOnlyList<IReadOnlyList<double>>>(json, Fast));
}
