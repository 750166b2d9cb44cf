using System.Runtime.CompilerServices;

namespace Calibrate.TestSupport.Snapshots;

/// <summary>
/// Compares human-readable output with a checked-in file of the calling test project (Snapshots/ unless named), under
/// the invariant culture and under de-DE, a comma-decimal culture (STYLE.md practice 8): the output is rendered once
/// under each and both renderings must be the file's text. UPDATE_SNAPSHOTS=1 writes the file from the invariant
/// rendering (de-DE is still compared with it), so an intended change is one run and a reviewed diff.
/// </summary>
public static class Snapshot
{
    /// <summary>The formatting cultures every snapshot is checked under: the invariant one and de-DE.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["", "de-DE"];

    public static void Match(string name, Func<string> render, string folder = "Snapshots", [CallerFilePath] string caller = "")
    {
        ArgumentNullException.ThrowIfNull(render);
        var path = PathOf(name, folder, caller);
        foreach (var culture in Cultures)
        {
            Compare(path, CultureScope.Run(culture, render), culture);
        }
    }

    public static async Task MatchAsync(string name, Func<Task<string>> render, string folder = "Snapshots", [CallerFilePath] string caller = "")
    {
        ArgumentNullException.ThrowIfNull(render);
        var path = PathOf(name, folder, caller);
        foreach (var culture in Cultures)
        {
            string actual;
            using (new CultureScope(culture))
            {
                actual = await render();
            }

            Compare(path, actual, culture);
        }
    }

    private static void Compare(string path, string actual, string culture)
    {
        var label = culture.Length == 0 ? "invariant culture" : culture;
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" && culture == Cultures[0])
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"no snapshot {path}; run the tests with UPDATE_SNAPSHOTS=1 to write it, then review it");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)), $"output under the {label} differs from {path}; if intended, run with UPDATE_SNAPSHOTS=1 and review the diff");
    }

    private static string PathOf(string name, string folder, string caller) => Path.Combine(ProjectDirectory(caller), folder, name);

    /// <summary>The folder of the caller's project: the nearest one above the calling source file with a .csproj.</summary>
    private static string ProjectDirectory(string caller)
    {
        for (var directory = Path.GetDirectoryName(caller); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"no test project above {caller}");
    }
}
