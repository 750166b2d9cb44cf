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

    /// <summary>Results per transaction in <see cref="IResultStore.SaveMany"/>.</summary>
    public int BatchSize { get; init; } = 2000;
}
