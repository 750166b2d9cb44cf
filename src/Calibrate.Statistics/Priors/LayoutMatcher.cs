using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// Matches a node's layout (SMT state, logical CPUs) to the rows of its CPU model. The rule, in order:
/// (1) <see cref="LayoutRule.Exact"/>: the rows with the node's SMT state and logical CPUs;
/// (2) <see cref="LayoutRule.NearestLogicalCpus"/>: the rows with the node's SMT state whose logical CPUs are nearest
/// in ratio, |ln(n_row / n_node)| smallest (rows at the same distance above and below are all kept): HS23 per logical
/// CPU carries over between one and two sockets of one model (EPYC 9334: 19.7 on 64, 20.5 on 128 logical CPUs);
/// (3) <see cref="LayoutRule.OtherSmtState"/>: the table has the model only in the other SMT state: its rows
/// converted with the table's <see cref="SmtGain"/> (HS23 per logical CPU x g/2 and twice the logical CPUs from SMT
/// off to on, x 2/g and half from on to off), then (1) and (2) on them.
/// The figure: per site the median of its rows weighted by their runs (# Meas: a row of 686 runs outweighs a
/// one-run row of the same site), then the median over sites, so that each site counts once.
/// </summary>
public static class LayoutMatcher
{
    /// <summary>Distances in |ln ratio| closer than this are the same distance (ties of 48 between 24 and 96).</summary>
    private const double SameDistance = 1e-12;

    /// <param name="rows">the table's rows of the node's CPU model.</param>
    /// <param name="smtActive">the node's SMT state.</param>
    /// <param name="logicalCpus">the node's online logical CPUs.</param>
    /// <param name="gain">the table's SMT gain, for (3); null where there is none.</param>
    /// <returns>the match, or null where there are no rows, or only rows of the other SMT state and no gain.</returns>
    public static LayoutMatch? Match(IReadOnlyList<Hs23TableRow> rows, bool smtActive, int logicalCpus, SmtGain? gain)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(logicalCpus, 1);
        var same = rows.Where(r => r.SmtActive == smtActive).Select(LayoutCandidate.As).ToArray();
        if (same.Length > 0)
        {
            var exact = same.Where(c => c.LogicalCpusAsUsed == logicalCpus).ToArray();
            return exact.Length > 0 ? Figure(LayoutRule.Exact, exact, null) : Figure(LayoutRule.NearestLogicalCpus, Nearest(same, logicalCpus), null);
        }

        if (gain is null || rows.Count == 0)
        {
            return null;
        }

        var factor = gain.PerLogicalCpuFactor(smtActive);
        var converted = rows
            .Select(r => new LayoutCandidate(r, smtActive ? r.LogicalCpus * 2 : r.LogicalCpus / 2, r.Hs23PerLogicalCpu * factor))
            .ToArray();
        var convertedExact = converted.Where(c => c.LogicalCpusAsUsed == logicalCpus).ToArray();
        return Figure(LayoutRule.OtherSmtState, convertedExact.Length > 0 ? convertedExact : Nearest(converted, logicalCpus), gain);
    }

    private static LayoutCandidate[] Nearest(LayoutCandidate[] candidates, int logicalCpus)
    {
        double Distance(LayoutCandidate c) => Math.Abs(Math.Log((double)c.LogicalCpusAsUsed / logicalCpus));
        var best = candidates.Min(Distance);
        return candidates.Where(c => Math.Abs(Distance(c) - best) <= SameDistance).ToArray();
    }

    private static LayoutMatch Figure(LayoutRule rule, LayoutCandidate[] used, SmtGain? gain)
    {
        var sites = used
            .GroupBy(c => c.Row.SiteKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => WeightedMedian.Of(g.Select(c => (c.Hs23PerLogicalCpuAsUsed, (double)c.Row.Measurements)).ToArray()), StringComparer.Ordinal);
        return new LayoutMatch
        {
            Rule = rule,
            Rows = used.OrderBy(c => c.Row.Line).ToArray(),
            SiteValues = sites,
            Hs23PerLogicalCpu = SampleMedian.Of(sites.Values.ToArray()),
            Conversion = gain,
        };
    }
}
