using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.JobEnvironments;

namespace Calibrate.Pushers.Mjf;

/// <summary>
/// The thin shell of `calibrate jobfeatures`: reads the job's facts through its scheduler's reader and the figure this
/// node published in $MACHINEFEATURES, then plans every known key; the plan's notes name the keys left out and why.
/// Slurm alone is asked for the job's record (`scontrol show job`), as its task environment lacks the limits.
/// </summary>
public static class JobFeaturesPusher
{
    public static async Task<PushPlan> PlanAsync(string scheduler, JobInputs job, string machineFeatures, string directory, CommandExecutor executor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(machineFeatures);
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(directory))
        {
            throw new PushConfigException($"{directory} is a file, not a job features directory");
        }

        var inputs = scheduler == SlurmJobEnvironment.Name ? await SlurmJobEnvironment.WithRecordAsync(job, executor, cancellation) : job;
        var facts = JobEnvironment.Read(scheduler, inputs);
        var machine = Directory.Exists(machineFeatures) ? MachineFigure.Published(machineFeatures) : null;
        var plan = JobFeaturesPlanner.Plan(machine, directory, facts);
        var written = plan.Files.Select(f => Path.GetFileName(f.Path)).ToHashSet(StringComparer.Ordinal);
        var notes = new List<string>();
        if (machine is null && facts.AllocatedCpu is not null)
        {
            notes.Add($"hs06_job left out: {machineFeatures} holds no hs06 and total_cpu (publish them with `calibrate push mjf`)");
        }

        var missing = MjfKeys.JobKeys.Where(k => k != MjfKeys.Hs06Job && !written.Contains(k)).ToList();
        if (missing.Count > 0)
        {
            notes.Add($"left out, as the {scheduler} job's environment does not give them: {string.Join(", ", missing)}");
        }

        return plan with { Notes = notes };
    }
}
