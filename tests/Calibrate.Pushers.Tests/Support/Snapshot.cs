using System.Globalization;
using System.Runtime.CompilerServices;

namespace Calibrate.Pushers.Tests.Support;

/// <summary>
/// Compares output with a checked-in file under Snapshots/ (STYLE.md practice 8). A missing snapshot is written and
/// the test fails so that it is reviewed; UPDATE_SNAPSHOTS=1 rewrites them all.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var directory = Path.Combine(ProjectDirectory(caller), "Snapshots");
        var path = Path.Combine(directory, name + ".txt");
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") != "1")
            {
                Assert.Fail($"snapshot {name} was missing and has been written; review it and run again");
            }

            return;
        }

        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)), $"snapshot {name} ({path})");
    }

    /// <summary>Runs <paramref name="action"/> under a culture, so output is checked invariant and comma-decimal.</summary>
    public static T InCulture<T>(string culture, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static string ProjectDirectory(string caller)
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Calibrate.Pushers.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"no test project above {caller}");
    }
}
