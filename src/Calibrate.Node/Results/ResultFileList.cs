using Calibrate.Node.Hosting;

namespace Calibrate.Node.Results;

/// <summary>The files `results import` reads: each argument a result file, or a directory whose *.json files are taken in name order.</summary>
public static class ResultFileList
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(environment);
        var files = new List<string>();
        foreach (var path in paths.Select(environment.ResolvePath))
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
