namespace Calibrate.Node.Configuration;

/// <summary>`store:`: the node's own SQLite file and, for a fleet, the site's central PostgreSQL.</summary>
public sealed record StoreSettings
{
    /// <summary>How long one store may take to open and save before boot gives up on it and queues the result.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>`local`: a SQLite path; null for results/calibrate.db under the working directory.</summary>
    public string? Local { get; init; }

    /// <summary>`central`: postgresql://USER@HOST/DB (password from PGPASSWORD or ~/.pgpass); null for none.</summary>
    public string? Central { get; init; }

    /// <summary>`timeout`.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
