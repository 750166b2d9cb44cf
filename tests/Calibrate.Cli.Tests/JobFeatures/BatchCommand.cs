using System.Diagnostics;

namespace Calibrate.Cli.Tests.JobFeatures;

/// <summary>Runs a batch-system client (srun, qsub -sync y) or a snippet with extra environment variables, output and error together, killed after a limit.</summary>
internal static class BatchCommand
{
    public static (int Exit, string Output) Run(TimeSpan limit, Dictionary<string, string> environment, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {limit}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>What the snippets need: calibrate as this build's dll, the per-job directories under <paramref name="root"/>, a node that published hs06 43.5 over 2 CPUs.</summary>
    public static Dictionary<string, string> SnippetEnvironment(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "mf"));
        File.WriteAllText(Path.Combine(root, "mf", "hs06"), "43.5\n");
        File.WriteAllText(Path.Combine(root, "mf", "total_cpu"), "2\n");
        return new Dictionary<string, string>
        {
            ["CALIBRATE"] = "dotnet " + Path.Combine(TestContext.CurrentContext.TestDirectory, "calibrate.dll"),
            ["CALIBRATE_JOBFEATURES_ROOT"] = root,
            ["MACHINEFEATURES"] = Path.Combine(root, "mf"),
        };
    }
}
