using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// A Slurm job as its TaskProlog sees it (sbatch(1), srun(1) "OUTPUT ENVIRONMENT VARIABLES"): `SLURM_JOB_ID`,
/// `SLURM_CPUS_ON_NODE` (CPUs allocated to the job on this node), `SLURM_MEM_PER_NODE` or `SLURM_MEM_PER_CPU` (MB,
/// 1024-based) and `SLURM_JOB_START_TIME` / `SLURM_JOB_END_TIME` (UNIX seconds) where Slurm sets them. Slurm 22.05,
/// the CI cluster's, sets none of the last four in a task's environment, so where the end time is missing the limits
/// come from the job's record in slurmctld (<see cref="SlurmJobRecord"/>), and the start is the prolog's clock. Slurm
/// has no per-job CPU-time, swap or scratch limit: those keys are left out.
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

        var record = job.SchedulerRecord is { } text ? SlurmJobRecord.Parse(text, id) : null;
        return new JobFacts
        {
            JobId = id,
            AllocatedCpu = cpus,
            Start = start ?? job.Now,
            WallLimit = start is { } from && end is { } to ? to - from : record?.TimeLimit,
            MaxRssBytes = Memory(job, cpus) ?? (record?.MemoryPerNodeBytes ?? record?.MemoryPerCpuBytes * cpus),
        };
    }

    /// <summary>The job with its slurmctld record where the environment holds no end time (one scontrol call per prolog).</summary>
    public static async Task<JobInputs> WithRecordAsync(JobInputs job, CommandExecutor executor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(executor);
        if (EnvironmentValues.Optional(job, "SLURM_JOB_END_TIME") is not null
            || EnvironmentValues.Optional(job, "SLURM_JOB_ID") is not { } id || !id.All(char.IsAsciiDigit))
        {
            return job;
        }

        var shown = await executor.RunAsync(CommandLine.Of("scontrol", "show", "job", "-o", id), cancellation);
        return job with { SchedulerRecord = shown.StandardOutput };
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
