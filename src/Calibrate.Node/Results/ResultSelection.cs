using System.Globalization;
using Calibrate.Core.Results;
using Calibrate.Node.Hosting;
using Calibrate.Store;
using Calibrate.Store.Files;

namespace Calibrate.Node.Results;

/// <summary>
/// Which result a command works on: one by id, the newest of a host, the newest of all, or one read from a file.
/// Every command that takes --result, --latest, --hostname or --result-file chooses through here.
/// </summary>
public static class ResultSelection
{
    /// <summary>A result id as `results list` prints it; <paramref name="option"/> names where it came from in the error.</summary>
    public static Guid ParseId(string text, string option = "--result")
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guid.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InputException($"{option} '{text}' is not a result id (a GUID such as 0b7e9b6c-41c4-4f43-9c55-7d1f9e3a2b10)");
    }

    /// <summary>The result with <paramref name="id"/>, else the newest of <paramref name="hostname"/>, else the newest.</summary>
    public static RunResult Select(IResultStore store, string? id, string? hostname)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (id is not null)
        {
            var guid = ParseId(id);
            return store.Get(guid) ?? throw new InputException($"no result with id {guid} in {store.Location}");
        }

        var newest = store.Query(new ResultFilter { Hostname = hostname, Limit = 1 });
        if (newest.Count == 0)
        {
            throw new InputException(hostname is null
                ? $"no results in {store.Location}; run `calibrate run` first"
                : $"no results of node '{hostname}' in {store.Location}");
        }

        return store.Get(newest[0].Id) ?? throw new InputException($"result {newest[0].Id} vanished from {store.Location}");
    }

    /// <summary>--result-file, else --result ID or the newest from the store (opened by <paramref name="openStore"/> only then).</summary>
    public static RunResult Resolve(string? file, string? id, bool latest, NodeEnvironment environment, Func<IResultStore> openStore)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(openStore);
        if (new[] { file is not null, id is not null, latest }.Count(x => x) > 1)
        {
            throw new InputException("give one of --result, --latest and --result-file");
        }

        if (file is not null)
        {
            return ResultFiles.Read(environment.ResolvePath(file));
        }

        using var store = openStore();
        return Select(store, id, null);
    }
}
