using Calibrate.Store.Sqlite;

namespace Calibrate.Store;

/// <summary>How a store is opened.</summary>
public sealed record StoreOpenOptions
{
    public static StoreOpenOptions Default { get; } = new();

    /// <summary>
    /// Apply pending migrations on open (default). `calibrate results migrate` opens without, to report them first; a
    /// store opened without migrating refuses reads and writes until migrated.
    /// </summary>
    public bool Migrate { get; init; } = true;

    /// <summary>Environment lookup for PGPASSWORD, PGPASSFILE and HOME (injectable so tests need not touch the process).</summary>
    public Func<string, string?> GetEnvironment { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// Results per transaction in <see cref="IResultStore.SaveMany"/>. 1,000 imported quick-run results into SQLite a few
    /// per cent faster than 250, 500 or 2,000 (measured): the first batch, serialised before any is written, stays short.
    /// </summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>SQLite batch imports: documents written between two catch-ups of the checkpointer (tests make it small).</summary>
    internal long CheckpointCatchUpBytes { get; init; } = SqliteCheckpointer.DefaultCatchUpBytes;
}
