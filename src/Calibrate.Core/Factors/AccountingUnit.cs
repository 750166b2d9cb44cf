namespace Calibrate.Core.Factors;

/// <summary>
/// The benchmark unit a figure is in. WLCG accounts in HEPscore23 since 1 April 2023; HEP-SPEC06 is the legacy unit.
/// HS23 was scaled to equal HS06 on its reference server (a 64-thread Xeon Gold 6326, HS06 = HS23 = 1018), and the
/// accounting migration carries old HS06 figures over 1:1 (research/anchors_benchmarks.md §2), which is the only
/// conversion Calibrate makes between them, and says so where it does.
/// </summary>
/// <remarks>
/// HS06 is the zero value on purpose: a result or model written before units were recorded has no unit field, reads
/// back with the zero value, and was HS06 (the only unit then). The default for new figures is
/// <see cref="AccountingUnits.Default"/> (HS23), and <see cref="AccountingUnits.All"/> lists them in that preference.
/// </remarks>
public enum AccountingUnit
{
    /// <summary>HEP-SPEC06.</summary>
    HS06,

    /// <summary>HEPscore23.</summary>
    HS23,
}
