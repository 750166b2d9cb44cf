using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Stores;
using Calibrate.Store;
using Calibrate.Store.Files;

namespace Calibrate.Node.Measurement;

/// <summary>
/// Stores a finished result: into the store (<see cref="Site.StoreArgument"/>) in one transaction, and as a JSON file
/// under results/ (and --out), each written atomically. When the store fails, the result is kept in results/pending/
/// for `calibrate results import`, and the run reports the store as unavailable.
/// </summary>
public static class ResultPersistence
{
    public static StoredResult Persist(RunResult result, RunOptions options, Site site)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(site);
        var environment = site.Environment;
        var files = new List<string>();
        if (options.OutFile is { } outFile)
        {
            var path = environment.ResolvePath(outFile);
            ResultFiles.Write(path, result);
            files.Add(path);
        }

        var argument = site.StoreArgument(options.Store);
        try
        {
            using var store = StoreLocation.Open(argument, environment);
            store.Save(result);
            files.Insert(0, ResultFiles.WriteToDirectory(environment.ResultsDirectory, result));
            return new StoredResult(store.Location, files, false, null);
        }
        catch (StoreException e)
        {
            return KeepPending(result, environment.ResultsDirectory, files, StoreLocation.Describe(argument), e.Message);
        }
    }

    private static StoredResult KeepPending(RunResult result, string resultsDirectory, List<string> files, string location, string storeError)
    {
        try
        {
            var pending = ResultFiles.WriteToDirectory(Path.Combine(resultsDirectory, "pending"), result);
            files.Add(pending);
            return new StoredResult(location, files, true, $"{storeError}; the result is kept in {pending} for: calibrate results import {pending}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Last resort, so nothing is lost: the host prints the result's JSON (to stderr, or the job log).
            return new StoredResult(location, files, true, $"{storeError}; the result could not be kept as a file either ({e.Message.TrimEnd('.')}), so its JSON was written to stderr")
            {
                UnkeptJson = CalibrateJson.Serialize(result),
            };
        }
    }
}
