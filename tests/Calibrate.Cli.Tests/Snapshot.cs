using System.Runtime.CompilerServices;

namespace Calibrate.Cli.Tests;

/// <summary>
/// Compares output with a checked-in file under Snapshots/. Run the tests with UPDATE_SNAPSHOTS=1 to rewrite them,
/// then review the diff like any other change.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "Snapshots");
        var path = Path.GetFullPath(Path.Combine(directory, name));
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"no snapshot {path}; run with UPDATE_SNAPSHOTS=1 to create it");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)), $"output differs from {name}");
    }
}
