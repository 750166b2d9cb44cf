using Calibrate.Core.Factors;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// The model shipped with the tool until a site fits its own: HS23 = k · score with k = 2.175 HS23 per score unit and a
/// stated relative standard uncertainty of 20%, anchored on the public HEPiX HS23 table. PROVISIONAL.
/// </summary>
/// <remarks>
/// What k is anchored on, and why it is only provisional:
/// <list type="number">
/// <item>The workloads' reference seconds are set so that one copy on the development machine scores about
/// <see cref="DevelopmentCopyScore"/> = 10: an AMD EPYC Zen 5 (family 26) 2-vCPU KVM guest; one copy runs on one vCPU,
/// i.e. on one logical CPU (an SMT thread) of the host.</item>
/// <item>HEPscore23 is on the HS06 scale by definition (scaling 1018 = the HS06 of the reference Gold 6326 server,
/// hep-score README). The HEPiX HS23 table (hepscore23_results.csv, HEPiX-Forum/hepix-forum.github.io _data/HS23scores.csv)
/// lists 20 AMD EPYC 9xx5 (Zen 5 and Zen 5c) configurations with SMT on; the median of their Score/Ncores (per logical
/// CPU) is <see cref="Zen5SmtOnHs23PerLogicalCpu"/> = 21.75.</item>
/// <item>k = 21.75 / 10 = 2.175: one copy here is taken to deliver what one logical CPU of a Zen 5 server delivers in HS23.</item>
/// </list>
/// The uncertainty is wide on purpose: the Zen 5 SKUs spread from 15.2 to 27.0 per logical CPU (clock, core count, 5c
/// parts), the host SKU behind this guest is unknown, the guest pays a virtualisation overhead (3–20% in the literature)
/// and steal, and HS23 is not HS06 (their ratio spans 0.7–1.04 over CPU generations). 20% relative standard uncertainty
/// gives a 95% prediction interval of about ±39%.
/// </remarks>
public static class DefaultModel
{
    public const string Id = "provisional-zen5-hs23";

    public const double DevelopmentCopyScore = 10.0;

    /// <summary>Median Score/Ncores of the 20 EPYC 9xx5 SMT-on rows of hepscore23_results.csv.</summary>
    public const double Zen5SmtOnHs23PerLogicalCpu = 21.75;

    /// <summary>Stated relative standard uncertainty of k (see remarks).</summary>
    public const double RelativeStandardUncertainty = 0.20;

    public const double K = Zen5SmtOnHs23PerLogicalCpu / DevelopmentCopyScore;

    public static CalibrationModel Provisional { get; } = new()
    {
        Id = Id,
        Version = 1,
        Kind = ModelKind.ThroughOrigin,
        Unit = AccountingUnit.HS23,
        K = K,
        KVariance = K * RelativeStandardUncertainty * K * RelativeStandardUncertainty,
        ResidualSigma = 0,
        N = 0,
        DegreesOfFreedom = null,
        FittedUtc = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero),
        Provisional = true,
        AnchorNote = "PROVISIONAL: one copy on the development AMD EPYC Zen 5 2-vCPU KVM guest scores ~10; "
            + "k = median HEPscore23 per logical CPU of EPYC 9xx5 SMT-on servers in the HEPiX HS23 table (21.75) / 10; "
            + "relative standard uncertainty 20%. Fit your site's own model with `calibrate fit`.",
    };
}
