using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// An HTCondor job as its USER_JOB_WRAPPER sees it: the job ad (`$_CONDOR_JOB_AD`: `ClusterId`, `ProcId`, so the id
/// reads as condor_q prints it, 1234.0) and the slot's machine ad (`$_CONDOR_MACHINE_AD`: `Cpus` allocated to the
/// slot, `Memory` in MiB, `Disk` in KiB, the slot's share of the execute directory, which is the job's scratch). The
/// 2013 HTCondor MJF wrapper read the same attributes (integration.md 1.4). A wall limit is site policy (a
/// periodic_remove or SYSTEM_PERIODIC_REMOVE expression), not an attribute: left out, as are CPU time and swap.
/// </summary>
public static class HtCondorJobEnvironment
{
    public const string Name = "htcondor";

    public static JobFacts Read(JobInputs job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var jobAd = Ad(job, "_CONDOR_JOB_AD");
        var machineAd = Ad(job, "_CONDOR_MACHINE_AD");
        var cluster = Attribute(jobAd, "ClusterId", "_CONDOR_JOB_AD") ?? throw new PushConfigException("the job ad ($_CONDOR_JOB_AD) has no ClusterId: not an HTCondor job ad");
        var proc = Attribute(jobAd, "ProcId", "_CONDOR_JOB_AD") ?? 0;
        return new JobFacts
        {
            JobId = $"{cluster}.{proc}",
            AllocatedCpu = Attribute(machineAd, "Cpus", "_CONDOR_MACHINE_AD") is { } cpus ? EnvironmentValues.Cpus(cpus, "the slot's Cpus") : null,
            Start = job.Now,
            MaxRssBytes = Attribute(machineAd, "Memory", "_CONDOR_MACHINE_AD") is { } mib ? EnvironmentValues.Mebibytes(mib) : null,
            ScratchLimitBytes = Attribute(machineAd, "Disk", "_CONDOR_MACHINE_AD") is { } kib ? checked(kib * 1024) : null,
        };
    }

    private static IReadOnlyDictionary<string, string> Ad(JobInputs job, string variable)
    {
        var path = EnvironmentValues.Required(job, variable, "HTCondor");
        return ClassAdFile.Parse(job.ReadFile(path) ?? throw new PushConfigException($"${variable} names {path}, which does not exist"));
    }

    // ProcId is 0 for a cluster's first job, so 0 is allowed here.
    private static long? Attribute(IReadOnlyDictionary<string, string> ad, string name, string variable) =>
        !ad.TryGetValue(name, out var text) ? null
        : text == "0" ? 0
        : EnvironmentValues.Positive(text, $"{name} in ${variable}");
}
