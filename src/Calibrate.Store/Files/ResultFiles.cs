using System.Globalization;
using Calibrate.Core.Json;
using Calibrate.Core.Results;

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

    /// <summary>Writes the result into a directory (created if missing) and returns the file's path.</summary>
    public static string WriteToDirectory(string directory, RunResult result)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(result));
        Write(path, result);
        return path;
    }

    public static void Write(string path, RunResult result) => AtomicFile.WriteAllText(path, CalibrateJson.Serialize(result) + "\n");

    public static RunResult Read(string path) => CalibrateJson.DeserializeResult(File.ReadAllText(path));
}
