namespace Calibrate.Store;

/// <summary>Which results a query returns; null members do not filter. Times are compared in UTC.</summary>
public sealed record ResultFilter
{
    public static ResultFilter All { get; } = new();

    /// <summary>Exact hostname.</summary>
    public string? Hostname { get; init; }

    /// <summary>Exact label.</summary>
    public string? Label { get; init; }

    /// <summary>A part of the CPU model name, case-sensitive ("Gold 6248" matches "Intel(R) Xeon(R) Gold 6248 CPU").</summary>
    public string? CpuModel { get; init; }

    /// <summary>Results started at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Results started before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>At most this many rows (the newest); null for all.</summary>
    public int? Limit { get; init; }
}
