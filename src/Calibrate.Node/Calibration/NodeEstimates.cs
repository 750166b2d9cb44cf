using Calibrate.Core.Factors;
using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Priors;

namespace Calibrate.Node.Calibration;

/// <summary>
/// The one place an estimate is made: the measurement (<see cref="NodeEstimator"/>), the prior (the site's own
/// distribution when it has enough nodes of this CPU model and layout, else the public HS23 table), and their
/// combination (<see cref="PriorCombination"/>). A run's analysis and `factor` on a result stored without an estimate
/// both call it, so they cannot disagree.
/// </summary>
public static class NodeEstimates
{
    public static (Estimate Estimate, Conclusion? Conclusion) For(
        CalibrationModel model, ScoreEvidence evidence, int copies, FactorSettings factors, NodeProbe probe, IReadOnlyList<double> siteFigures)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(siteFigures);
        var measured = NodeEstimator.Estimate(model, evidence, copies, factors);
        var layout = NodeLayout.Of(probe);
        if (PriorSources.FromSite(siteFigures, copies, factors.Unit, probe.Cpu.ModelName) is { } site)
        {
            return PriorCombination.Combine(measured, site, null);
        }

        var table = PublicTablePrior.For(probe);
        return table.Prior is { } prior
            ? PriorCombination.Combine(measured, PriorSources.FromTable(prior, factors.Unit), null)
            : PriorCombination.Combine(measured, null, "no prior: " + table.Reason);
    }
}
