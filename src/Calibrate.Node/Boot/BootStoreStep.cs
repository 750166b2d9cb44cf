using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Stores;
using Calibrate.Store;

namespace Calibrate.Node.Boot;

/// <summary>
/// Stores the result in every configured store (the node's SQLite file, the site's PostgreSQL), each open-and-save
/// bounded by the store timeout and what is left of the budget. A store that fails or hangs is reported and left
/// behind; the result is then queued in results/pending/ for the next boot or a later import, and results queued
/// by earlier boots are stored along the way.
/// </summary>
public sealed class BootStoreStep(NodeEnvironment environment, IBootJournal journal, PendingResults queue)
{
    /// <summary>True when every store holds the result.</summary>
    public async Task<bool> SaveAsync(RunResult result, IReadOnlyList<StoreTarget> targets, TimeSpan timeout, Func<TimeSpan> remaining, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(remaining);
        var queued = queue.ReadAll().Where(q => q.Result.Id != result.Id).ToList();
        var storedEverywhere = true;
        var pendingStored = queued.ToDictionary(q => q.Path, _ => 0, StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var limit = timeout < remaining() ? timeout : remaining();
            var location = StoreLocation.Describe(target.Argument);
            string? error;
            try
            {
                var outcome = await Bounded.RunAsync(_ => Task.FromResult(Save(target, result, queued)), limit, cancellation);
                error = outcome.IsTimedOut
                    ? FormattableString.Invariant($"no answer within {limit.TotalSeconds:0.#} s")
                    : null;
                if (outcome.Value is { } saved)
                {
                    foreach (var path in saved)
                    {
                        pendingStored[path]++;
                    }

                    var also = saved.Count > 0 ? FormattableString.Invariant($", and {saved.Count} queued result(s) from earlier") : "";
                    journal.Record("store " + target.Name, $"{location} (id {result.Id:D}){also}");
                }
            }
            catch (StoreException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                storedEverywhere = false;
                journal.Record("store " + target.Name, $"FAILED: {location}: {error}");
            }
        }

        foreach (var (path, count) in pendingStored.Where(p => p.Value == targets.Count))
        {
            PendingResults.Remove(path);
        }

        if (!storedEverywhere)
        {
            journal.Record("store", $"queued {Keep(result)} for the next boot or: calibrate results import {queue.Directory}");
        }

        return storedEverywhere;
    }

    /// <summary>local: the node's store (<see cref="Site.StoreArgument"/>); central when configured.</summary>
    public static IReadOnlyList<StoreTarget> Targets(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var targets = new List<StoreTarget> { new("local", site.StoreArgument()) };
        if (site.Config.Store.Central is { Length: > 0 } central)
        {
            targets.Add(new StoreTarget("central", StoreLocation.Normalise(central, site.Environment)));
        }

        return targets;
    }

    private List<string> Save(StoreTarget target, RunResult result, List<(string Path, RunResult Result)> queued)
    {
        using var store = StoreLocation.Open(target.Argument, environment);
        store.Save(result);
        var saved = new List<string>();
        foreach (var (path, pending) in queued)
        {
            store.Save(pending);
            saved.Add(path);
        }

        return saved;
    }

    private string Keep(RunResult result)
    {
        try
        {
            return queue.Add(result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing may be lost: the JSON goes into the journal.
            journal.Record("store", "the result's JSON, kept in the journal: " + CalibrateJson.Serialize(result).ReplaceLineEndings(" "));
            return $"nothing (the queue is not writable: {e.Message}; the result's JSON is in the journal line above)";
        }
    }
}
