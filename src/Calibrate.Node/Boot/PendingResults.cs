using Calibrate.Core.Results;
using Calibrate.Platform.Files;
using Calibrate.Store.Files;

namespace Calibrate.Node.Boot;

/// <summary>
/// results/pending/: results a store could not take, one JSON file each (the same folder `calibrate run` falls back
/// to). The next boot stores them before its own result; `calibrate results import results/pending` does it by hand.
/// </summary>
public sealed class PendingResults(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>
    /// The queued results that can be read; an unreadable file stays for the admin. What a boot or run killed while
    /// queueing a result left (AtomicFile's temporary) goes: the queue is read before every boot's store.
    /// </summary>
    public IReadOnlyList<(string Path, RunResult Result)> ReadAll()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        AtomicFile.RemoveStaleTemporariesOf(Directory, ".json");

        var queued = new List<(string, RunResult)>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                queued.Add((path, ResultFiles.Read(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                // Left where it is: `calibrate results import` names what is wrong with it.
            }
        }

        return queued;
    }

    public string Add(RunResult result) => ResultFiles.WriteToDirectory(Directory, result);

    public static void Remove(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Stored already; importing it again later is harmless (same id, one row).
        }
    }
}
