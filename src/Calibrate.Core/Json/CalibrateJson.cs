using System.Text.Json;
using System.Text.Json.Serialization;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;

namespace Calibrate.Core.Json;

/// <summary>
/// The one JSON contract of Calibrate: camelCase, enums as strings, CPU sets as arrays, doubles written fast (the same
/// text), source-generated.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(CpuSetJsonConverter), typeof(FastDoubleJsonConverter)])]
[JsonSerializable(typeof(RunResult))]
[JsonSerializable(typeof(NodeProbe))]
[JsonSerializable(typeof(List<RunResult>))]
public sealed partial class CalibrateJsonContext : JsonSerializerContext;

public static class CalibrateJson
{
    public static string Serialize(RunResult result) => JsonSerializer.Serialize(result, CalibrateJsonContext.Default.RunResult);

    public static string Serialize(NodeProbe probe) => JsonSerializer.Serialize(probe, CalibrateJsonContext.Default.NodeProbe);

    /// <summary>Reads a result; throws <see cref="JsonException"/> with a plain reason when the text is not a valid one.</summary>
    public static RunResult DeserializeResult(string json) => DeserializeResult(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Reads a result from UTF-8, as a file holds it (without decoding it to a string first).</summary>
    public static RunResult DeserializeResult(ReadOnlySpan<byte> utf8Json)
    {
        RunResult? read;
        try
        {
            read = JsonSerializer.Deserialize(utf8Json, CalibrateJsonContext.Default.RunResult);
        }
        catch (JsonException e)
        {
            throw new JsonException(JsonErrorText.Plain(e), e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            // A value the domain types refuse (a negative CPU id, an out-of-range number), thrown from a converter.
            throw new JsonException(e.Message.Split('\n')[0].TrimEnd('.'), e);
        }

        return ResultValidation.Check(read ?? throw new JsonException("the file holds null, not a result"));
    }

    /// <summary>
    /// Every result in a file as `run --out` (one object), `results export --format json` (an array) or a JSON-lines
    /// file (one object per line) holds them; throws <see cref="JsonException"/> naming the first bad one.
    /// </summary>
    public static IReadOnlyList<RunResult> DeserializeResults(ReadOnlySpan<byte> utf8Json)
    {
        var start = 0;
        while (start < utf8Json.Length && utf8Json[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start < utf8Json.Length && utf8Json[start] == (byte)'[')
        {
            return Elements(utf8Json);
        }

        var lines = Lines(utf8Json);
        if (lines.Count <= 1)
        {
            return [DeserializeResult(utf8Json)];
        }

        var results = new List<RunResult>(lines.Count);
        foreach (var (offset, length, number) in lines)
        {
            try
            {
                results.Add(DeserializeResult(utf8Json.Slice(offset, length)));
            }
            catch (JsonException e)
            {
                throw new JsonException($"line {number}: {e.Message}", e);
            }
        }

        return results;
    }

    private static List<RunResult> Elements(ReadOnlySpan<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            throw new JsonException(JsonErrorText.Plain(e), e);
        }

        using (document)
        {
            var results = new List<RunResult>(document.RootElement.GetArrayLength());
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                try
                {
                    results.Add(DeserializeResult(System.Text.Encoding.UTF8.GetBytes(element.GetRawText())));
                }
                catch (JsonException e)
                {
                    throw new JsonException($"element {index}: {e.Message}", e);
                }

                index++;
            }

            return results;
        }
    }

    /// <summary>Deeper than any result (about 8 levels): a file nested further is not one, and is refused before it costs a stack.</summary>
    public const int MaxDepth = 64;

    // A JSON-lines file: more than one line holding an object on its own (a pretty-printed result spans many lines, none of them a whole object).
    private static List<(int Offset, int Length, int Number)> Lines(ReadOnlySpan<byte> utf8Json)
    {
        var lines = new List<(int, int, int)>();
        var number = 0;
        var offset = 0;
        while (offset < utf8Json.Length)
        {
            number++;
            var end = utf8Json[offset..].IndexOf((byte)'\n');
            var length = end < 0 ? utf8Json.Length - offset : end;
            var line = utf8Json.Slice(offset, length).Trim(" \t\r"u8);
            if (line.Length > 0)
            {
                if (line[0] != (byte)'{' || line[^1] != (byte)'}')
                {
                    return [];
                }

                lines.Add((offset, length, number));
            }

            offset += length + 1;
        }

        return lines;
    }
}
