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

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// The result as compact UTF-8 JSON, in a buffer reused per thread (with its writer): valid until this thread's next
    /// call, so the caller copies what it keeps.
    /// </summary>
    public static ReadOnlySpan<byte> SerializeCompact(RunResult result)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(InitialBufferBytes);
        buffer.ResetWrittenCount();

        // The writer's options, not the context's, decide the indentation: the default writes compact JSON.
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, result, CalibrateJsonContext.Default.RunResult);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    public static string SerializeKernelScores(IReadOnlyDictionary<string, double> scores) =>
        JsonSerializer.Serialize(scores.ToDictionary(), StoreJsonContext.Default.DictionaryStringDouble);
}
