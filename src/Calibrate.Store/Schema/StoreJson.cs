using System.Buffers;
using System.Text;
using System.Text.Json;
using Calibrate.Core.Json;
using Calibrate.Core.Results;

namespace Calibrate.Store.Schema;

/// <summary>
/// JSON as the store keeps it: the one contract (<see cref="CalibrateJson"/>) without indentation, since a stored
/// result is read by programs; and the kernel-score column.
/// </summary>
internal static class StoreJson
{
    public static string SerializeCompact(RunResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // The writer's options, not the context's, decide the indentation.
            JsonSerializer.Serialize(writer, result, CalibrateJsonContext.Default.RunResult);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string SerializeKernelScores(IReadOnlyDictionary<string, double> scores) =>
        JsonSerializer.Serialize(scores.ToDictionary(), StoreJsonContext.Default.DictionaryStringDouble);

    public static Dictionary<string, double> DeserializeKernelScores(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.DictionaryStringDouble) ?? [];
}
