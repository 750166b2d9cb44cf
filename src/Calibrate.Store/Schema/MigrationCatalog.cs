using System.Globalization;
using System.Reflection;

namespace Calibrate.Store.Schema;

/// <summary>
/// The ordered migrations of each dialect, read from the embedded Schema/{Sqlite,Postgres}/NNNN_name.sql files. Both
/// dialects have the same versions: a step is added to both at once (a test checks it).
/// </summary>
public static class MigrationCatalog
{
    public static IReadOnlyList<Migration> Sqlite { get; } = Load("Sqlite");

    public static IReadOnlyList<Migration> Postgres { get; } = Load("Postgres");

    private static Migration[] Load(string dialect)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"Calibrate.Store.Schema.{dialect}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[prefix.Length..^".sql".Length]))
            .OrderBy(m => m.Version)
            .ToArray();
    }

    private static Migration Read(Assembly assembly, string resource, string fileName)
    {
        // "0001_results" -> version 1, name "results".
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(underscore + 1)..].Replace('_', ' '), reader.ReadToEnd());
    }
}
