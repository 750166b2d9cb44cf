using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Mjf;

/// <summary>
/// Plans $JOBFEATURES for one job, from a batch prolog: `allocated_cpu` and `hs06_job`, the "total HS06 rating for the
/// processors allocated to this job ... calculated by the resource provider from per-processor HS06 measurements"
/// (HSF-TN-2016-02). With equal processors that is hs06 × allocated_cpu / total_cpu, what Vac writes
/// (hs06_per_processor × processors, integration.md 1.4).
/// </summary>
public static class JobFeaturesPlanner
{
    public static PushPlan Plan(RunResult result, string directory, int allocatedCpu)
    {
        ArgumentNullException.ThrowIfNull(result);
        var estimate = EstimateRequirement.Of(result);
        var total = PublishGate.LogicalCpus(result);
        if (allocatedCpu < 1 || allocatedCpu > total)
        {
            throw new PushConfigException($"--allocated-cpu {allocatedCpu} is outside 1..{total} (total_cpu of {EstimateRequirement.Describe(result)})");
        }

        var hs06Job = PlainNumber.Format(estimate.Value * allocatedCpu / total, MjfKeys.Hs06Decimals);
        var allocated = PlainNumber.Whole(allocatedCpu);
        return new PushPlan
        {
            Target = "jobfeatures",
            Subject = $"allocated_cpu {allocated}, hs06_job {hs06Job} from {EstimateRequirement.Describe(result)} into {directory}",
            Files =
            [
                MachineFeaturesPlanner.Change(directory, MjfKeys.AllocatedCpu, allocated),
                MachineFeaturesPlanner.Change(directory, MjfKeys.Hs06Job, hs06Job),
            ],
        };
    }
}
