using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// An LSF job as its pre-execution command sees it (LSF "Environment variables set for job execution"): `LSB_JOBID`
/// with `LSB_JOBINDEX` for an array element (the id then reads `1234[5]`, as bjobs prints it), this host's slots from
/// `LSB_MCPU_HOSTS` ("hostA 4 hostB 2"), else `LSB_DJOB_NUMPROC`. LSF enforces run, CPU and memory limits but does not
/// put them in the job's environment: those keys are left out. The start is the pre-exec's clock.
/// </summary>
public static class LsfJobEnvironment
{
    public const string Name = "lsf";

    public static JobFacts Read(JobInputs job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var id = EnvironmentValues.Required(job, "LSB_JOBID", "LSF");
        var index = EnvironmentValues.Optional(job, "LSB_JOBINDEX");
        return new JobFacts
        {
            JobId = index is null or "0" ? id : $"{id}[{EnvironmentValues.Positive(index, "$LSB_JOBINDEX")}]",
            AllocatedCpu = EnvironmentValues.HostOrJobCpus(HostSlots(job), job, "LSB_DJOB_NUMPROC"),
            Start = job.Now,
        };
    }

    private static int? HostSlots(JobInputs job)
    {
        if (EnvironmentValues.Optional(job, "LSB_MCPU_HOSTS") is not { } hosts)
        {
            return null;
        }

        var words = hosts.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length % 2 != 0)
        {
            throw new PushConfigException($"$LSB_MCPU_HOSTS is '{hosts}', not pairs of host and slots");
        }

        var mine = HostNames.ShortName(job.HostName);
        var slots = Enumerable.Range(0, words.Length / 2)
            .Where(i => string.Equals(HostNames.ShortName(words[2 * i]), mine, StringComparison.OrdinalIgnoreCase))
            .Sum(i => EnvironmentValues.Positive(words[(2 * i) + 1], "$LSB_MCPU_HOSTS"));
        return slots > 0 ? EnvironmentValues.Cpus(slots, "$LSB_MCPU_HOSTS") : null;
    }
}
