using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// The prior an estimate is combined with: the site's own results of the node's CPU model and layout once there are
/// enough of them (<see cref="MinimumSiteNodes"/>), else the public HEPiX HS23 table (<see cref="PublicTablePrior"/>).
/// </summary>
public static class PriorSources
{
    /// <summary>
    /// The site's own distribution replaces the table from this many other nodes on: their SD then has 10 df, known to
    /// ±1/√(2·10) = 22%, the same rule <see cref="PublicTablePrior.MinimumClassDegreesOfFreedom"/> applies to the table's
    /// own error; and t₁₀ = 2.23 against z = 1.96 widens its interval by only 14%. Fewer, and the table (measured at
    /// many sites) is the better-known prior.
    /// </summary>
    public const int MinimumSiteNodes = PublicTablePrior.MinimumClassDegreesOfFreedom + 1;

    /// <summary>The table's prior in the estimate's unit (HS23 figures carried 1:1 into HS06, WLCG's migration rule).</summary>
    public static EstimatePrior FromTable(Hs23Prior prior, AccountingUnit unit)
    {
        ArgumentNullException.ThrowIfNull(prior);
        var carried = unit == AccountingUnit.HS23 ? "" : ", HS23 carried 1:1 into HS06";
        return new EstimatePrior
        {
            Value = prior.Hs23WholeNode,
            Low = prior.Hs23WholeNodeLow,
            High = prior.Hs23WholeNodeHigh,
            LogicalCpus = prior.LogicalCpus,
            RelativeSd = prior.RelativeSd,
            DegreesOfFreedom = double.IsFinite(prior.DegreesOfFreedom) ? prior.DegreesOfFreedom : null,
            SourceUnit = AccountingUnit.HS23,
            Source = F($"HEPiX HS23 table, {prior.Model}, {prior.Rows.Count} row(s) from {prior.Sites} site(s){(prior.VirtualMachineRelativeSd is null ? "" : ", widened for a VM")}{carried}"),
        };
    }

    /// <summary>
    /// The prior from the site's other nodes of the same CPU model and layout: their whole-node figures' geometric
    /// mean, and the SD of their logs scaled by √(1 + 1/n), the predictive SD for one more node (a new draw from the
    /// same population, not the mean); null below <see cref="MinimumSiteNodes"/>.
    /// </summary>
    public static EstimatePrior? FromSite(IReadOnlyList<double> figures, int logicalCpus, AccountingUnit unit, string cpuModel, double level = Confidence.Level)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var logs = figures.Where(f => f > 0 && double.IsFinite(f)).Select(f => Math.Log(f)).ToArray();
        if (logs.Length < MinimumSiteNodes)
        {
            return null;
        }

        var n = logs.Length;
        var mean = logs.Average();
        var sd = Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (n - 1)) * Math.Sqrt(1 + (1.0 / n));
        var half = StudentTQuantile.TwoSided(level, n - 1) * sd;
        return new EstimatePrior
        {
            Value = Math.Exp(mean),
            Low = Math.Exp(mean - half),
            High = Math.Exp(mean + half),
            LogicalCpus = logicalCpus,
            RelativeSd = sd,
            DegreesOfFreedom = n - 1,
            SourceUnit = unit,
            Source = F($"this site's {n} other nodes of {cpuModel} with {logicalCpus} copies (fitted model, undisturbed)"),
        };
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
