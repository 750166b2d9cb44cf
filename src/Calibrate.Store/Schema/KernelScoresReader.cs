using System.Text;
using System.Text.Json;

namespace Calibrate.Store.Schema;

/// <summary>
/// Reads the kernel-score column (a flat JSON object of kernel name to score) for summaries by the hundred thousand:
/// straight from UTF-8 with <see cref="Utf8JsonReader"/>, each kernel name allocated once per query instead of once
/// per row (a fleet has a dozen kernels and 100,000 rows). One instance per query: it is not thread-safe.
/// </summary>
internal sealed class KernelScoresReader
{
    /// <summary>Longer names are allocated as read, not kept (kernel names are short identifiers).</summary>
    private const int MaxInternedLength = 64;

    /// <summary>A kernel-score object of a quick-profile result is about 250 bytes; larger ones use the heap.</summary>
    private const int StackBytes = 1024;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public Dictionary<string, double> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var max = Encoding.UTF8.GetMaxByteCount(json.Length);
        Span<byte> utf8 = max <= StackBytes ? stackalloc byte[StackBytes] : new byte[max];
        return Read(utf8[..Encoding.UTF8.GetBytes(json, utf8)]);
    }

    public Dictionary<string, double> Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the kernel-score column does not hold a JSON object");
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        Span<char> name = stackalloc char[MaxInternedLength];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Name(ref reader, name);
            reader.Read();
            scores[key] = reader.GetDouble();
        }

        return scores;
    }

    private string Name(ref Utf8JsonReader reader, scoped Span<char> buffer)
    {
        var length = reader.HasValueSequence || reader.ValueSpan.Length > MaxInternedLength ? -1 : reader.CopyString(buffer);
        if (length < 0)
        {
            return reader.GetString()!;
        }

        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(buffer[..length], out var interned))
        {
            interned = buffer[..length].ToString();
            _names[interned] = interned;
        }

        return interned;
    }
}
