using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Commands.Run;

/// <summary>Stores a finished result: the JSON file under results/ (and --out), each written atomically.</summary>
public static class ResultPersistence
{
    public static StoredResult Persist(RunResult result, RunOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var files = new List<string> { ResultFiles.WriteToDirectory(context.ResultsDirectory, result) };
        if (options.OutFile is { } outFile)
        {
            var path = context.ResolvePath(outFile);
            ResultFiles.Write(path, result);
            files.Add(path);
        }

        return new StoredResult(null, files, false, null);
    }
}
