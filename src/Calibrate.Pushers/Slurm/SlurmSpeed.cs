using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Slurm;

/// <summary>
/// How a node's speed is expressed in Slurm, which has no CPU-speed factor (slurm.conf.5). Features: tags
/// `hs23_&lt;per logical CPU, one decimal&gt;` and `hs06_&lt;the same&gt;`, e.g. `hs23_12.7` ("a desired feature may
/// contain a numeric component indicating, for example, processor speed", slurm.conf.5), usable as `--constraint`; the
/// figure is the estimate's, in the site's accounting unit, and the other unit's tag carries it 1:1 (WLCG's migration
/// rule) so that constraints written for HS06 keep working. Weight: "jobs will be allocated the nodes with the lowest
/// weight which satisfies their requirements" (slurm.conf.5), so faster nodes get lower weights: Weight = round(10000 /
/// figure per logical CPU), i.e. 800 at 12.5 and 500 at 20 per CPU; within the plausibility bounds it stays between 125
/// and 4000, and 0.1 per CPU moves it by several units.
/// </summary>
public static class SlurmSpeed
{
    /// <summary>The prefixes of the tags calibrate owns (an older tag of either is replaced).</summary>
    public static IReadOnlyList<string> FeaturePrefixes { get; } = [AccountingUnit.HS23.Key() + "_", AccountingUnit.HS06.Key() + "_"];

    public const double WeightScale = 10000;

    /// <summary>The estimate per logical CPU, in its unit.</summary>
    public static double PerCpu(RunResult result) =>
        EstimateRequirement.Of(result).Value / PublishGate.LogicalCpus(result);

    /// <summary>hs23_12.7 and hs06_12.7 for 12.7 per logical CPU.</summary>
    public static IReadOnlyList<string> Features(double perCpu) =>
        FeaturePrefixes.Select(prefix => prefix + PlainNumber.Fixed(perCpu, 1)).ToArray();

    public static long Weight(double perCpu) => Math.Max(1, (long)Math.Round(WeightScale / perCpu, MidpointRounding.AwayFromZero));
}
