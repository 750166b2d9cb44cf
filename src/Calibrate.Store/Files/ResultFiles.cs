using System.Globalization;
using System.Text.Json;
using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Platform.Files;

namespace Calibrate.Store.Files;

/// <summary>Result JSON files: written atomically, named so that a directory listing sorts them by time.</summary>
public static class ResultFiles
{
    public static string FileName(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var host = new string(result.Hostname.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{result.StartedUtc.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{host}-{result.Id:N}.json");
    }

    /// <summary>
    /// Writes the result into a directory (created if missing) and returns the file's path. The temporaries of earlier
    /// result files whose writer was killed between creating and renaming them go too: each result file has a name of
    /// its own, so no later write of the same name would remove them.
    /// </summary>
    public static string WriteToDirectory(string directory, RunResult result)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(result));
        Write(path, result);
        AtomicFile.RemoveStaleTemporariesOf(directory, ".json");
        return path;
    }

    public static void Write(string path, RunResult result) => AtomicFile.WriteAllText(path, CalibrateJson.Serialize(result) + "\n");

    /// <summary>
    /// The largest result file read: a whole store's export of a fleet (thousands of results of tens of kB) fits; a
    /// file beyond it, or a device such as /dev/zero, is refused before it is read into memory.
    /// </summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>Reads a result file (UTF-8, with or without a byte-order mark).</summary>
    public static RunResult Read(string path)
    {
        ReadOnlySpan<byte> bytes = ReadBounded(path);
        return CalibrateJson.DeserializeResult(bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes);
    }

    /// <summary>Every result in a file: one result, an array (`results export --format json`) or one result per line.</summary>
    public static IReadOnlyList<RunResult> ReadAll(string path)
    {
        ReadOnlySpan<byte> bytes = ReadBounded(path);
        return CalibrateJson.DeserializeResults(bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes);
    }

    private static byte[] ReadBounded(string path)
    {
        if (AtomicFile.NonRegularKind(path) is { } kind)
        {
            throw new IOException($"{path} is {kind}, not a result file");
        }

        var length = new FileInfo(path).Length;
        return length <= MaxFileBytes
            ? File.ReadAllBytes(path)
            : throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{path} holds {length} bytes, more than a result file may ({MaxFileBytes})"));
    }

    /// <summary>
    /// Reads many result files (each one result, an array or one result per line) in order, parsing the next ones on every core while the caller consumes these: at most
    /// two chunks of <paramref name="chunk"/> files are held at once, however many files there are. A file that is not a
    /// result (bad JSON, unreadable) goes to <paramref name="notAResult"/>, in order, on the caller's thread.
    /// </summary>
    public static IEnumerable<RunResult> ReadMany(IReadOnlyList<string> paths, Action<string, Exception> notAResult, int chunk = 256)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(notAResult);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        return ReadChunks(paths, notAResult, chunk);
    }

    private static IEnumerable<RunResult> ReadChunks(IReadOnlyList<string> paths, Action<string, Exception> notAResult, int chunk)
    {
        var next = paths.Count > 0 ? ReadChunk(paths, 0, chunk) : null;
        for (var start = 0; next is not null; start += chunk)
        {
            var read = next.GetAwaiter().GetResult();
            next = start + chunk < paths.Count ? ReadChunk(paths, start + chunk, chunk) : null;
            for (var i = 0; i < read.Length; i++)
            {
                if (read[i].Results is { } results)
                {
                    foreach (var result in results)
                    {
                        yield return result;
                    }
                }
                else
                {
                    notAResult(paths[start + i], read[i].Failure!);
                }
            }
        }
    }

    private static Task<(IReadOnlyList<RunResult>? Results, Exception? Failure)[]> ReadChunk(IReadOnlyList<string> paths, int start, int chunk) => Task.Run(() =>
    {
        var read = new (IReadOnlyList<RunResult>?, Exception?)[Math.Min(chunk, paths.Count - start)];
        Parallel.For(0, read.Length, i =>
        {
            try
            {
                read[i] = (ReadAll(paths[start + i]), null);
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                read[i] = (null, e);
            }
        });
        return read;
    });

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}
