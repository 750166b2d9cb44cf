using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// One estimate from the measurement (calibration model x node score, with its prediction interval) and the prior
/// (<see cref="EstimatePrior"/>): their inverse-variance weighted mean on the log scale, where both are relative
/// errors, with its interval, and a conclusion when they disagree.
/// </summary>
/// <remarks>
/// <para>
/// On the log scale, the measurement's standard uncertainty is s_m = ln(High/Low) / (2 z) (z, not t: with few degrees
/// of freedom this overstates s_m, so the measurement's weight is never overstated) and the prior's is its stated SD
/// s_p with ν_p df. Weights w = 1/s²; ln x̂ = (w_m ln m + w_p ln p) / (w_m + w_p), s = (w_m + w_p)^-½ (the weighted
/// mean of independent estimates, GUM Annex H / any metrology text), its df by Welch–Satterthwaite (GUM G.4.1), the
/// interval exp(ln x̂ ± t_ν s).
/// </para>
/// <para>
/// Their consistency: z = (ln m − ln p) / √(s_m² + s_p²). |z| above 1.96 (5% two-sided if both are right) is a warning,
/// and the combined uncertainty is scaled by |z| as the Particle Data Group scales an average of inconsistent
/// measurements by S = √(χ²/(N−1)) (PDG, Review of Particle Physics, Introduction §5.2.2; N = 2 gives S = |z|). |z|
/// above 3.29 (0.1%) is an error: a BIOS power-saving setting, an overcommitted hypervisor or a wrong model is far more
/// likely than chance; nothing is combined, the estimate is the measurement's, and the pushers refuse it without --force.
/// </para>
/// <para>
/// Only a prior of the layout measured is combined: the prior counts every logical CPU of the node, so a run of fewer
/// copies measured another thing (its note says so).
/// </para>
/// </remarks>
public static class PriorCombination
{
    public const double WarningZ = 1.959963984540054;

    public const double ErrorZ = 3.2905267314919;

    /// <summary>The estimate with the prior shown, and combined where it may be; the conclusion when they disagree.</summary>
    public static (Estimate Estimate, Conclusion? Conclusion) Combine(Estimate measured, EstimatePrior? prior, string? noPrior)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var measurement = new FigureInterval(measured.Value, measured.Low, measured.High);
        var alone = measured with { Measurement = measurement, Prior = prior, Combination = null, PriorNote = noPrior };
        if (prior is null)
        {
            return (alone, null);
        }

        if (!double.IsFinite(measured.Value) || !double.IsFinite(measured.Low) || !double.IsFinite(measured.High))
        {
            // A broken model is reported as such (RunEstimate), never hidden behind the prior.
            return (alone with { PriorNote = "not combined: the measurement's figures are not finite" }, null);
        }

        if (prior.LogicalCpus != measured.Slots)
        {
            return (alone with { PriorNote = F($"not combined: the run measured {measured.Slots} copies, the prior is for all {prior.LogicalCpus} logical CPUs") }, null);
        }

        if (!(measured.Low > 0) || !(measured.Value > 0) || !(prior.Value > 0))
        {
            return (alone with { PriorNote = "not combined: the measurement's interval reaches zero" }, null);
        }

        if (!(measured.High > measured.Low) || !(prior.RelativeSd > 0))
        {
            return (alone with { PriorNote = "not combined: the measurement or the prior states no uncertainty" }, null);
        }

        var z = StudentTQuantile.TwoSided(measured.Level, double.PositiveInfinity);
        var sm = Math.Log(measured.High / measured.Low) / (2 * z);
        var sp = prior.RelativeSd;
        var dfp = prior.DegreesOfFreedom ?? double.PositiveInfinity;
        var difference = Math.Log(measured.Value / prior.Value);
        var consistency = difference / Math.Sqrt((sm * sm) + (sp * sp));
        var apart = F($"the measurement ({measured.Value:0.#} {measured.Unit}) is {Math.Exp(difference) - 1:+0%;-0%} from the prior ({prior.Value:0.#}, {prior.Source}), {Math.Abs(consistency):0.0} standard uncertainties");
        if (Math.Abs(consistency) > ErrorZ)
        {
            var error = new Conclusion(Severity.Error, ConclusionCodes.PriorDisagreement, apart + ": far apart; not combined. Check the BIOS power settings, the hypervisor's overcommitment and the calibration model; --force publishes the measurement anyway");
            return (alone with { PriorNote = "not combined: measurement and prior are far apart" }, error);
        }

        var (wm, wp) = (1 / (sm * sm), 1 / (sp * sp));
        var (am, ap) = (wm / (wm + wp), wp / (wm + wp));
        var centre = (am * Math.Log(measured.Value)) + (ap * Math.Log(prior.Value));
        var scale = Math.Max(1, Math.Abs(consistency) > WarningZ ? Math.Abs(consistency) : 1);
        var s = Math.Sqrt(1 / (wm + wp)) * scale;
        var df = WelchSatterthwaite.Df(am * am * sm * sm, double.PositiveInfinity, ap * ap * sp * sp, dfp);
        var half = StudentTQuantile.TwoSided(measured.Level, df) * s;
        var combined = alone with
        {
            Value = Math.Exp(centre),
            Low = Math.Exp(centre - half),
            High = Math.Exp(centre + half),
            Combination = F($"inverse-variance on the log scale: measurement {am:0%}, prior {ap:0%}") + (scale > 1 ? F($"; uncertainty scaled by {scale:0.0} for their disagreement (PDG)") : ""),
        };
        var warning = scale > 1
            ? new Conclusion(Severity.Warning, ConclusionCodes.PriorDisagreement, apart + ": they disagree; the combined interval is widened by that factor")
            : null;
        return (combined, warning);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
