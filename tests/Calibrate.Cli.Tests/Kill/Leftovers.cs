using System.Diagnostics;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>What a killed writer may leave in a directory others read: its temporaries and backups, and files cut short.</summary>
internal static class Leftovers
{
    /// <summary>
    /// Writers' temporaries (AtomicFile's `.NAME.PID.ID.tmp`) and a push's backups (`.NAME.calibrate-backup`) under
    /// <paramref name="directory"/>, as paths relative to it. SQLite's own -wal, -shm and -journal files are not among
    /// them: SQLite replays or drops them when the store is next opened.
    /// </summary>
    public static IReadOnlyList<string> Temporaries(string directory) =>
        !Directory.Exists(directory)
            ? []
            : Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Where(path => path.EndsWith(".tmp", StringComparison.Ordinal) || path.EndsWith(".calibrate-backup", StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(directory, path))
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>Checks that every *.json file under <paramref name="directory"/> is a whole result, and returns their ids.</summary>
    public static IReadOnlyList<Guid> AssertWholeResultFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var ids = new List<Guid>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories))
        {
            try
            {
                ids.Add(ResultFiles.Read(path).Id);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
            {
                Assert.Fail($"{path} is not a whole result: {e.Message}");
            }
        }

        return ids;
    }

    /// <summary>
    /// Leaves in <paramref name="directory"/> what a writer killed between creating and renaming <paramref name="fileName"/>
    /// leaves: AtomicFile's temporary, named with the PID of a process that has ended, holding half a result. The window
    /// is a few milliseconds, which seeded moments within a run of seconds rarely hit; this puts the test there.
    /// </summary>
    public static string LeaveKilledWritersTemporary(string directory, string fileName)
    {
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $".{fileName}.{ended.Id}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(path, "{\"schemaVersion\": 1, \"id\": \"");
        return path;
    }
}
