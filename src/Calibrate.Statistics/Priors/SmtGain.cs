using Calibrate.Core.Scoring;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// The table's SMT gain: the median, over pairs of rows of the same model at the same site where the SMT-on row has
/// twice the logical CPUs of the SMT-off row, of HS23(SMT on) / HS23(SMT off), whole machine. It converts a model's
/// rows to the other SMT state when the table has none in the node's (HS23 per logical CPU x g/2 from off to on).
/// </summary>
/// <remarks>
/// The research notes paired the same table by model and site (research/vm_literature.md section 2.2: 29 pairs, median
/// x1.18, range 1.14–1.35 by model); the spread by model is why a converted prior states its own, larger, error.
/// </remarks>
public sealed record SmtGain(double Median, int Pairs)
{
    /// <summary>The gain of the rows' same-site on/off pairs, or null where they hold none.</summary>
    public static SmtGain? Of(IEnumerable<Hs23TableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ratios = new List<double>();
        foreach (var group in rows.GroupBy(r => (r.Model, r.SiteKey)))
        {
            foreach (var off in group.Where(r => !r.SmtActive))
            {
                ratios.AddRange(group.Where(on => on.SmtActive && on.LogicalCpus == 2 * off.LogicalCpus).Select(on => on.Hs23WholeMachine / off.Hs23WholeMachine));
            }
        }

        return ratios.Count == 0 ? null : new SmtGain(SampleMedian.Of(ratios), ratios.Count);
    }

    /// <summary>What one logical CPU of the other SMT state is worth in this one: g/2 (SMT off to on) or 2/g (on to off).</summary>
    public double PerLogicalCpuFactor(bool toSmtActive) => toSmtActive ? Median / 2 : 2 / Median;
}
