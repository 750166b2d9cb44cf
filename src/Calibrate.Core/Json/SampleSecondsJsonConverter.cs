using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calibrate.Core.Json;

/// <summary>
/// Writes sample times (seconds, grouped by repetition) fast. Samples are TimeSpan values, whole multiples of
/// 100 ns, so each is written from its integer tick count: the same text the shortest round-trip formatter gives
/// ("0.1059042"), without its cost, which is most of the cost of serialising a result (about 800 samples in a quick
/// run). Any other value goes through the standard writer, so the output is always what System.Text.Json would write.
/// </summary>
public sealed class SampleSecondsJsonConverter : JsonConverter<IReadOnlyList<IReadOnlyList<double>>>
{
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;

    // Within this range the standard writer prints plain decimals (no exponent), which the fast path reproduces.
    private const double FastMin = 1e-4;
    private const double FastMax = 1e6;

    public override IReadOnlyList<IReadOnlyList<double>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("repetitions must be an array of arrays of seconds");
        }

        var repetitions = new List<IReadOnlyList<double>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("a repetition must be an array of seconds");
            }

            var samples = new List<double>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                samples.Add(reader.GetDouble());
            }

            repetitions.Add(samples.ToArray());
        }

        return repetitions.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<IReadOnlyList<double>> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        Span<byte> buffer = stackalloc byte[32];
        writer.WriteStartArray();
        foreach (var repetition in value)
        {
            writer.WriteStartArray();
            foreach (var seconds in repetition)
            {
                if (TryFormatTicks(seconds, buffer, out var written))
                {
                    writer.WriteRawValue(buffer[..written], skipInputValidation: true);
                }
                else
                {
                    writer.WriteNumberValue(seconds);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>"0.1059042" for 1059042 ticks; false unless the value is exactly a whole number of ticks in range.</summary>
    public static bool TryFormatTicks(double seconds, Span<byte> buffer, out int written)
    {
        written = 0;
        if (!(seconds >= FastMin && seconds < FastMax))
        {
            return false;
        }

        var ticks = (long)Math.Round(seconds * TicksPerSecond);
        if ((double)ticks / TicksPerSecond != seconds)
        {
            return false;
        }

        var whole = ticks / TicksPerSecond;
        var fraction = ticks % TicksPerSecond;
        if (!Utf8Formatter.TryFormat(whole, buffer, out written))
        {
            return false;
        }

        if (fraction == 0)
        {
            return true;
        }

        buffer[written++] = (byte)'.';
        var digits = 7;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        for (var i = digits - 1; i >= 0; i--)
        {
            buffer[written + i] = (byte)('0' + (fraction % 10));
            fraction /= 10;
        }

        written += digits;
        return true;
    }
}
