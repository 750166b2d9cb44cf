using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>The job-environment reader of each batch system, by the name `--scheduler` takes (the names `fleet submit` uses).</summary>
public static class JobEnvironment
{
    public static IReadOnlyList<string> Names { get; } =
        [SlurmJobEnvironment.Name, PbsJobEnvironment.Name, LsfJobEnvironment.Name, HtCondorJobEnvironment.Name, GridEngineJobEnvironment.Name];

    public static JobFacts Read(string scheduler, JobInputs job) => scheduler switch
    {
        SlurmJobEnvironment.Name => SlurmJobEnvironment.Read(job),
        PbsJobEnvironment.Name => PbsJobEnvironment.Read(job),
        LsfJobEnvironment.Name => LsfJobEnvironment.Read(job),
        HtCondorJobEnvironment.Name => HtCondorJobEnvironment.Read(job),
        GridEngineJobEnvironment.Name => GridEngineJobEnvironment.Read(job),
        _ => throw new PushConfigException($"unknown scheduler '{scheduler}' (one of {string.Join(", ", Names)})"),
    };
}
