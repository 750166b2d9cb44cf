namespace Calibrate.Node.Measurement;

/// <summary>
/// Where a result went: the store (with its location), the result file(s), and whether storing failed. When even the
/// pending file could not be written, <see cref="UnkeptJson"/> holds the result for the host to print, so nothing is lost.
/// </summary>
public sealed record StoredResult(string? StoreLocation, IReadOnlyList<string> Files, bool StoreFailed, string? StoreError)
{
    public string? UnkeptJson { get; init; }
}
