using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// What `lshosts -w` must show for a static host once LIM has taken a push: the host's model and that model's CPU
/// factor (the bucket as lsf.shared holds it, "12.5").
/// </summary>
public sealed record LsfExpectedHost(string Host, string Model, string Factor)
{
    /// <summary>`lshosts` prints cpuf with one decimal (12.25 shows as 12.2, integration.md 7): half of its last digit, and a rounding's worth.</summary>
    public const double DisplayTolerance = 0.05 + 1e-6;

    /// <summary>The earlier expectations, each replaced by a later one for the same host, then the later ones.</summary>
    public static IReadOnlyList<LsfExpectedHost> Merge(IEnumerable<LsfExpectedHost> earlier, IEnumerable<LsfExpectedHost> later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var replacing = later.ToList();
        return [.. earlier.Where(e => !replacing.Any(l => ClusterHostEditor.SameHost(l.Host, e.Host))), .. replacing];
    }

    /// <summary>Whether <paramref name="row"/> shows this host's model and factor.</summary>
    public bool IsShownBy(LsfHostRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Equals(row.Model, Model, StringComparison.Ordinal)
            && PlainNumber.TryParse(Factor, out var factor)
            && Math.Abs(row.CpuFactor - factor) <= DisplayTolerance;
    }

    public override string ToString() => $"{Host} {Model} {Factor}";
}
