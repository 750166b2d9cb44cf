using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Boot;

/// <summary>
/// Stores the result in every configured store (the node's SQLite file, the site's PostgreSQL), each open-and-save
/// bounded by the store timeout and what is left of the budget. A store that fails or hangs is reported and left
/// behind; the result is then queued in results/pending/ for the next boot or a later import, and results queued
/// by earlier boots are stored along the way.
/// </summary>
public sealed class BootStoreStep(CliContext context, BootJournal journal, PendingResults queue)
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
            var location = StoreFactory.Describe(target.Argument, target.Argument);
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
                    journal.Step("store " + target.Name, $"{location} (id {result.Id:D}){also}");
                }
            }
            catch (StoreException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                storedEverywhere = false;
                journal.Step("store " + target.Name, $"FAILED: {location}: {error}");
            }
        }

        foreach (var (path, count) in pendingStored.Where(p => p.Value == targets.Count))
        {
            PendingResults.Remove(path);
        }

        if (!storedEverywhere)
        {
            journal.Step("store", $"queued {Keep(result)} for the next boot or: calibrate results import {queue.Directory}");
        }

        return storedEverywhere;
    }

    /// <summary>local: the configured path (resolved), else results/calibrate.db; central when configured.</summary>
    public static IReadOnlyList<StoreTarget> Targets(Configuration.StoreSettings settings, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var local = settings.Local is { } path ? context.ResolvePath(path) : Run.ResultPersistence.DefaultStorePath(context);
        var targets = new List<StoreTarget> { new("local", local) };
        if (settings.Central is { Length: > 0 } central)
        {
            targets.Add(new StoreTarget("central", Store.Postgres.PostgresTarget.IsUrl(central) ? central : context.ResolvePath(central)));
        }

        return targets;
    }

    private List<string> Save(StoreTarget target, RunResult result, List<(string Path, RunResult Result)> queued)
    {
        using var store = StoreFactory.Open(target.Argument, target.Argument, new StoreOpenOptions { GetEnvironment = context.GetEnvironment });
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
            // Nothing may be lost: the JSON goes to stderr, which the journal keeps.
            context.Error.WriteLine(Core.Json.CalibrateJson.Serialize(result));
            return $"nothing (the queue is not writable: {e.Message}; the result's JSON went to stderr)";
        }
    }
}
