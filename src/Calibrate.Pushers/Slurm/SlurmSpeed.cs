using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Slurm;

/// <summary>
/// How a node's speed is expressed in Slurm, which has no CPU-speed factor (slurm.conf.5). Features: a tag
/// `hs06_&lt;HS06 per logical CPU, one decimal&gt;`, e.g. `hs06_12.7` ("a desired feature may contain a numeric component
/// indicating, for example, processor speed", slurm.conf.5), usable as `--constraint`. Weight: "jobs will be allocated
/// the nodes with the lowest weight which satisfies their requirements" (slurm.conf.5), so faster nodes get lower
/// weights: Weight = round(10000 / HS06 per logical CPU), i.e. 800 at 12.5 and 500 at 20 HS06 per CPU; within the
/// plausibility bounds it stays between 125 and 4000, and 0.1 HS06 per CPU moves it by several units.
/// </summary>
public static class SlurmSpeed
{
    public const string FeaturePrefix = "hs06_";

    public const double WeightScale = 10000;

    public static double Hs06PerCpu(RunResult result) =>
        EstimateRequirement.Of(result).Hs06 / PublishGate.LogicalCpus(result);

    public static string Feature(double hs06PerCpu) => FeaturePrefix + PlainNumber.Fixed(hs06PerCpu, 1);

    public static long Weight(double hs06PerCpu) => Math.Max(1, (long)Math.Round(WeightScale / hs06PerCpu, MidpointRounding.AwayFromZero));
}
