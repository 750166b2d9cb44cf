using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// A Slurm job as its TaskProlog sees it (sbatch(1), srun(1) "OUTPUT ENVIRONMENT VARIABLES"): `SLURM_JOB_ID`,
/// `SLURM_CPUS_ON_NODE` ("number of CPUs allocated to the batch step" on this node), `SLURM_MEM_PER_NODE` or
/// `SLURM_MEM_PER_CPU` (MB, 1024-based) when memory is requested and tracked, and `SLURM_JOB_START_TIME` /
/// `SLURM_JOB_END_TIME` (UNIX seconds) where Slurm sets them; Slurm 22.05, the CI cluster's, sets neither, so there
/// the start is the prolog's clock and the wall limit is left out. Slurm has no per-job CPU-time, swap or scratch limit
/// in the environment: those keys are left out.
/// </summary>
public static class SlurmJobEnvironment
{
    public const string Name = "slurm";

    public static JobFacts Read(JobInputs job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var id = EnvironmentValues.Required(job, "SLURM_JOB_ID", "Slurm");
        var cpus = EnvironmentValues.Positive(job, "SLURM_CPUS_ON_NODE") is { } c ? EnvironmentValues.Cpus(c, "$SLURM_CPUS_ON_NODE") : (int?)null;
        var start = EnvironmentValues.UnixTime(job, "SLURM_JOB_START_TIME");
        var end = EnvironmentValues.UnixTime(job, "SLURM_JOB_END_TIME");
        if (start is { } s && end is { } e && e < s)
        {
            throw new PushConfigException($"$SLURM_JOB_END_TIME {e.ToUnixTimeSeconds()} is before $SLURM_JOB_START_TIME {s.ToUnixTimeSeconds()}");
        }

        return new JobFacts
        {
            JobId = id,
            AllocatedCpu = cpus,
            Start = start ?? job.Now,
            WallLimit = start is { } from && end is { } to ? to - from : null,
            MaxRssBytes = Memory(job, cpus),
        };
    }

    private static long? Memory(JobInputs job, int? cpus)
    {
        if (EnvironmentValues.Positive(job, "SLURM_MEM_PER_NODE") is { } perNode)
        {
            return EnvironmentValues.Mebibytes(perNode);
        }

        return EnvironmentValues.Positive(job, "SLURM_MEM_PER_CPU") is { } perCpu && cpus is { } n ? EnvironmentValues.Mebibytes(perCpu) * n : null;
    }
}
