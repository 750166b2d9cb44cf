namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// A PBS/Torque job: `PBS_JOBID` (qsub(1B); the prologue gets it as argument 1 and the snippet sets it), processors on
/// this node from `PBS_NUM_PPN` (Torque) or `NCPUS` (PBS Professional), else `ppn` or `ncpus` of the resource list;
/// from the resource list (prologue argument 5, <see cref="PbsResourceList"/>) `walltime`, `cput` (the job's total CPU
/// time) and `mem` (the job's physical memory). Torque has no swap or scratch limit there: left out. The start is the
/// prologue's clock, as the prologue runs when the job starts on the mother superior.
/// </summary>
public static class PbsJobEnvironment
{
    public const string Name = "pbs";

    public static JobFacts Read(JobInputs job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var id = EnvironmentValues.Required(job, "PBS_JOBID", "PBS");
        var resources = job.ResourceList is { } list ? PbsResourceList.Parse(list) : new Dictionary<string, string>();
        return new JobFacts
        {
            JobId = id,
            AllocatedCpu = Cpus(job, resources),
            Start = job.Now,
            WallLimit = resources.TryGetValue("walltime", out var wall) ? PbsResourceList.Duration(wall, "walltime") : null,
            CpuLimit = resources.TryGetValue("cput", out var cput) ? PbsResourceList.Duration(cput, "cput") : null,
            MaxRssBytes = resources.TryGetValue("mem", out var mem) ? PbsResourceList.Size(mem, "mem") : null,
        };
    }

    private static int? Cpus(JobInputs job, IReadOnlyDictionary<string, string> resources)
    {
        var fromEnvironment = EnvironmentValues.Positive(job, "PBS_NUM_PPN") ?? EnvironmentValues.Positive(job, "NCPUS");
        if (fromEnvironment is { } n)
        {
            return EnvironmentValues.Cpus(n, "the job's processors");
        }

        if (resources.TryGetValue("ncpus", out var ncpus))
        {
            return EnvironmentValues.Cpus(EnvironmentValues.Positive(ncpus, "ncpus"), "ncpus");
        }

        // nodes=2:ppn=8+1:ppn=4 asks different counts on different nodes: which one is this node's is not in the list.
        return resources.TryGetValue("nodes", out var nodes) && !nodes.Contains('+', StringComparison.Ordinal)
            && nodes.Split(':').FirstOrDefault(p => p.StartsWith("ppn=", StringComparison.Ordinal)) is { } ppn
            ? EnvironmentValues.Cpus(EnvironmentValues.Positive(ppn["ppn=".Length..], "ppn"), "ppn")
            : null;
    }
}
