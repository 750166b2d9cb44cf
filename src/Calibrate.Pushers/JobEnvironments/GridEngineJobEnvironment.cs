using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// A Grid Engine job as its prolog sees it (sge_conf(5): the prolog runs "with the same environment setting as that of
/// the Grid Engine jobs to be started afterwards"; submit(1) ENVIRONMENTAL VARIABLES): `JOB_ID` with `SGE_TASK_ID`
/// for an array task ("undefined" otherwise; the id then reads 1234.5, as qstat -t prints it), this host's slots from
/// the `$PE_HOSTFILE` line "host slots queue processors" of a parallel job, else `NSLOTS`. Grid Engine enforces h_rt,
/// h_cpu and h_vmem but does not put them in the environment: those keys are left out. The start is the prolog's clock.
/// </summary>
public static class GridEngineJobEnvironment
{
    public const string Name = "gridengine";

    public static JobFacts Read(JobInputs job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var id = EnvironmentValues.Required(job, "JOB_ID", "Grid Engine");
        var task = EnvironmentValues.Optional(job, "SGE_TASK_ID");
        return new JobFacts
        {
            JobId = task is null or "undefined" ? id : $"{id}.{EnvironmentValues.Positive(task, "$SGE_TASK_ID")}",
            AllocatedCpu = EnvironmentValues.HostOrJobCpus(HostSlots(job), job, "NSLOTS"),
            Start = job.Now,
        };
    }

    private static int? HostSlots(JobInputs job)
    {
        if (EnvironmentValues.Optional(job, "PE_HOSTFILE") is not { } path || job.ReadFile(path) is not { } text)
        {
            return null;
        }

        var mine = HostNames.ShortName(job.HostName);
        long slots = 0;
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                throw new PushConfigException($"$PE_HOSTFILE {path}: '{line}' is not 'host slots queue processors'");
            }

            if (string.Equals(HostNames.ShortName(words[0]), mine, StringComparison.OrdinalIgnoreCase))
            {
                slots += EnvironmentValues.Positive(words[1], $"the slots of {words[0]} in $PE_HOSTFILE");
            }
        }

        return slots > 0 ? EnvironmentValues.Cpus(slots, "$PE_HOSTFILE") : null;
    }
}
