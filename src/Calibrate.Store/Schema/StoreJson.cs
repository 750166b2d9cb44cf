using System.Buffers;
using System.Text.Json;
using Calibrate.Core.Json;
using Calibrate.Core.Results;

namespace Calibrate.Store.Schema;

/// <summary>
/// JSON as the store keeps it: the one contract (<see cref="CalibrateJson"/>) without indentation, since a stored
/// result is read by programs; and the kernel-score column (read back by <see cref="KernelScoresReader"/>).
/// </summary>
internal static class StoreJson
{
    /// <summary>A quick-profile result is about 20 KB compact; a 128-copy fleet node's about 1 MB.</summary>
    private const int InitialBufferBytes = 32 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The result as compact UTF-8 JSON; the writing buffer is reused per thread.</summary>
    public static byte[] SerializeCompact(RunResult result)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(InitialBufferBytes);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // The writer's options, not the context's, decide the indentation.
            JsonSerializer.Serialize(writer, result, CalibrateJsonContext.Default.RunResult);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string SerializeKernelScores(IReadOnlyDictionary<string, double> scores) =>
        JsonSerializer.Serialize(scores.ToDictionary(), StoreJsonContext.Default.DictionaryStringDouble);
}
