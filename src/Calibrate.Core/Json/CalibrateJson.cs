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
    Converters = [typeof(CpuSetJsonConverter), typeof(FastDoubleJsonConverter)])]
[JsonSerializable(typeof(RunResult))]
[JsonSerializable(typeof(NodeProbe))]
[JsonSerializable(typeof(List<RunResult>))]
public sealed partial class CalibrateJsonContext : JsonSerializerContext;

public static class CalibrateJson
{
    public static string Serialize(RunResult result) => JsonSerializer.Serialize(result, CalibrateJsonContext.Default.RunResult);

    public static string Serialize(NodeProbe probe) => JsonSerializer.Serialize(probe, CalibrateJsonContext.Default.NodeProbe);

    /// <summary>Reads a result; throws <see cref="JsonException"/> with the reason when the text is not one.</summary>
    public static RunResult DeserializeResult(string json) => Checked(JsonSerializer.Deserialize(json, CalibrateJsonContext.Default.RunResult));

    /// <summary>Reads a result from UTF-8, as a file holds it (without decoding it to a string first).</summary>
    public static RunResult DeserializeResult(ReadOnlySpan<byte> utf8Json) => Checked(JsonSerializer.Deserialize(utf8Json, CalibrateJsonContext.Default.RunResult));

    private static RunResult Checked(RunResult? read)
    {
        var result = read ?? throw new JsonException("the file holds null, not a result");
        if (result.SchemaVersion > RunResult.CurrentSchemaVersion)
        {
            throw new JsonException(
                $"result schema version {result.SchemaVersion} is newer than this tool's ({RunResult.CurrentSchemaVersion}); upgrade calibrate");
        }

        return result;
    }
}
