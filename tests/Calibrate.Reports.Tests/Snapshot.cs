using System.Runtime.CompilerServices;

namespace Calibrate.Reports.Tests;

/// <summary>
/// Compares text with a checked-in file under Snapshots/. With UPDATE_SNAPSHOTS=1 the file is (re)written instead and
/// the test passes, so an intended change is one run and a reviewed diff.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(ProjectDirectory(callerFile), "Snapshots");
        var path = Path.Combine(directory, name);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"No snapshot {path}; run the tests with UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path);
        Assert.That(actual, Is.EqualTo(expected), $"Differs from {path}; if intended, run with UPDATE_SNAPSHOTS=1 and review the diff.");
    }

    private static string ProjectDirectory(string callerFile)
    {
        var dir = Path.GetDirectoryName(callerFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "Calibrate.Reports.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException($"No test project above {callerFile}.");
    }
}
