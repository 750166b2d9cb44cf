using System.Diagnostics.CodeAnalysis;
using Calibrate.Core.Results;
using Calibrate.Store.Schema;

namespace Calibrate.Store;

/// <summary>
/// The seam between Calibrate and where its results last: a SQLite file on one machine, a PostgreSQL server for a
/// fleet. Both keep the full result JSON plus indexed columns, so lists and fleet views never parse samples. Every
/// failure is a <see cref="StoreException"/> with one sentence an admin can act on. An instance is not thread-safe:
/// open one per thread.
/// </summary>
public interface IResultStore : IDisposable
{
    /// <summary>Where the store is, for display: a file path or a URL without any password.</summary>
    string Location { get; }

    /// <summary>Stores one result in one transaction; false when a result with the same id was already stored.</summary>
    bool Save(RunResult result);

    /// <summary>Stores many results in batches (one transaction per batch); results already stored are skipped.</summary>
    ImportCounts SaveMany(IEnumerable<RunResult> results);

    /// <summary>The full result with this id, or null.</summary>
    [SuppressMessage("Naming", "CA1716", Justification = "Get is the store's verb; calibrate has no VB consumers.")]
    RunResult? Get(Guid id);

    /// <summary>Summaries of the matching results, newest first.</summary>
    IReadOnlyList<ResultSummary> Query(ResultFilter filter);

    /// <summary>The full matching results, newest first, read one at a time (for export).</summary>
    IEnumerable<RunResult> ReadAll(ResultFilter filter);

    /// <summary>The newest matching result of each node, ordered by hostname.</summary>
    IReadOnlyList<ResultSummary> LatestPerNode(ResultFilter filter);

    /// <summary>False when no result has this id.</summary>
    bool Delete(Guid id);

    /// <summary>The schema version the store is at.</summary>
    int SchemaVersion { get; }

    /// <summary>Migrations this version of calibrate would apply, in order.</summary>
    IReadOnlyList<Migration> PendingMigrations();

    /// <summary>Applies the pending migrations, each in its own transaction, and returns what was applied.</summary>
    IReadOnlyList<Migration> Migrate();
}
