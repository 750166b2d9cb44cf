using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calibrate.Core.Json;

/// <summary>
/// Writes sample times (seconds, grouped by repetition) fast. Samples are TimeSpan values, whole multiples of
/// 100 ns, so each is written by <see cref="ShortDecimal"/> from an integer: the same text the shortest round-trip
/// formatter gives ("0.1059042"), without its cost; and a repetition whose samples all take that path is written as
/// one raw array, without the writer's work per value. Samples are most of a result (about 800 in a quick run). Any
/// other value goes through the standard writer, so the output is always what System.Text.Json would write.
/// </summary>
public sealed class SampleSecondsJsonConverter : JsonConverter<IReadOnlyList<IReadOnlyList<double>>>
{
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
                samples.Add(FastDoubleJsonConverter.ReadNumber(ref reader));
            }

            repetitions.Add(samples.ToArray());
        }

        return repetitions.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<IReadOnlyList<double>> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var repetition in value)
        {
            WriteRepetition(writer, repetition);
        }

        writer.WriteEndArray();
    }

    private static void WriteRepetition(Utf8JsonWriter writer, IReadOnlyList<double> samples)
    {
        var rented = ArrayPool<byte>.Shared.Rent(2 + (samples.Count * (ShortDecimal.MaxLength + 1)));
        try
        {
            if (TryFormatArray(samples, rented, out var written))
            {
                writer.WriteRawValue(rented.AsSpan(0, written), skipInputValidation: true);
                return;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        writer.WriteStartArray();
        foreach (var seconds in samples)
        {
            writer.WriteNumberValue(seconds);
        }

        writer.WriteEndArray();
    }

    /// <summary>"[0.1059042,0.1]" when every sample takes the fast path; false otherwise.</summary>
    private static bool TryFormatArray(IReadOnlyList<double> samples, Span<byte> buffer, out int written)
    {
        written = 0;
        buffer[written++] = (byte)'[';
        for (var i = 0; i < samples.Count; i++)
        {
            if (i > 0)
            {
                buffer[written++] = (byte)',';
            }

            if (!ShortDecimal.TryFormat(samples[i], buffer[written..], out var length))
            {
                return false;
            }

            written += length;
        }

        buffer[written++] = (byte)']';
        return true;
    }
}
