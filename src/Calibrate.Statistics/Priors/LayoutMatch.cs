namespace Calibrate.Statistics.Priors;

/// <summary>
/// The rows a prediction stands on and the figure it makes of them: per site the median of the site's rows
/// weighted by their runs, then the median over sites, in HS23 per logical CPU.
/// </summary>
public sealed record LayoutMatch
{
    public required LayoutRule Rule { get; init; }

    /// <summary>The rows used, in table order (converted ones under <see cref="LayoutRule.OtherSmtState"/>).</summary>
    public required IReadOnlyList<LayoutCandidate> Rows { get; init; }

    /// <summary>Per site (its <see cref="SiteKey"/>), the weighted median of its rows in HS23 per logical CPU.</summary>
    public required IReadOnlyDictionary<string, double> SiteValues { get; init; }

    /// <summary>HS23 per logical CPU: the median over <see cref="SiteValues"/>.</summary>
    public required double Hs23PerLogicalCpu { get; init; }

    /// <summary>The SMT gain the rows were converted with, under <see cref="LayoutRule.OtherSmtState"/>.</summary>
    public SmtGain? Conversion { get; init; }
}
