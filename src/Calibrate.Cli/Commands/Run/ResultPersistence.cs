using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Store;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Commands.Run;

/// <summary>
/// Stores a finished result: into the store (--store, else $CALIBRATE_STORE, else results/calibrate.db) in one
/// transaction, and as a JSON file under results/ (and --out), each written atomically. When the store fails, the
/// result is kept in results/pending/ for `calibrate results import`, and the run exits "store unavailable".
/// </summary>
public static class ResultPersistence
{
    public const string StoreVariable = "CALIBRATE_STORE";

    public static StoredResult Persist(RunResult result, RunOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var files = new List<string>();
        if (options.OutFile is { } outFile)
        {
            var path = context.ResolvePath(outFile);
            ResultFiles.Write(path, result);
            files.Add(path);
        }

        var argument = StoreArgument(options.Store, context);
        var defaultPath = DefaultStorePath(context);
        try
        {
            using var store = StoreFactory.Open(argument, defaultPath, new StoreOpenOptions { GetEnvironment = context.GetEnvironment });
            store.Save(result);
            files.Insert(0, ResultFiles.WriteToDirectory(context.ResultsDirectory, result));
            return new StoredResult(store.Location, files, false, null);
        }
        catch (StoreException e)
        {
            return new StoredResult(StoreFactory.Describe(argument, defaultPath), files, true, KeepPending(result, context, files, e.Message));
        }
    }

    /// <summary>
    /// --store, else $CALIBRATE_STORE (the site's default, e.g. set by the node's contextualisation); a relative
    /// SQLite path is taken from the command's working directory.
    /// </summary>
    public static string? StoreArgument(string? option, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var argument = option ?? (context.GetEnvironment(StoreVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null);
        return argument is null || Store.Postgres.PostgresTarget.IsUrl(argument) ? argument : context.ResolvePath(argument);
    }

    public static string DefaultStorePath(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Path.Combine(context.ResultsDirectory, "calibrate.db");
    }

    private static string KeepPending(RunResult result, CliContext context, List<string> files, string storeError)
    {
        try
        {
            var pending = ResultFiles.WriteToDirectory(Path.Combine(context.ResultsDirectory, "pending"), result);
            files.Add(pending);
            return $"{storeError}; the result is kept in {pending} for: calibrate results import {pending}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Last resort, so nothing is lost: the result goes to stderr for the admin (or the job log) to keep.
            context.Error.WriteLine(CalibrateJson.Serialize(result));
            return $"{storeError}; the result could not be kept as a file either ({e.Message.TrimEnd('.')}), so its JSON was written to stderr";
        }
    }
}
