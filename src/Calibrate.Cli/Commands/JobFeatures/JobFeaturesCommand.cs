using System.CommandLine;
using Calibrate.Cli.Commands.Push;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.JobEnvironments;
using Calibrate.Pushers.Mjf;

namespace Calibrate.Cli.Commands.JobFeatures;

/// <summary>
/// `calibrate jobfeatures`: a batch prolog writes the job's $JOBFEATURES (HSF-TN-2016-02) from the job's environment
/// and the node's published $MACHINEFEATURES; the epilog removes them with --cleanup.
/// </summary>
public static class JobFeaturesCommand
{
    public static Command Create(CliContext context)
    {
        var scheduler = new Option<string>("--scheduler") { Description = "The batch system whose job environment this is.", HelpName = string.Join("|", JobEnvironment.Names), Required = true };
        scheduler.AcceptOnlyFromAmong([.. JobEnvironment.Names]);
        var dir = new Option<string?>("--dir") { Description = "The job features directory. Default: $JOBFEATURES.", HelpName = "DIR" };
        var machine = new Option<string?>("--machinefeatures") { Description = "Where this node published hs06 and total_cpu (`calibrate push mjf`). Default: $MACHINEFEATURES, else /etc/machinefeatures.", HelpName = "DIR" };
        var resources = new Option<string?>("--pbs-resources") { Description = "PBS/Torque: the prologue's 5th argument, the job's resource list (walltime, cput, mem, nodes=N:ppn=M).", HelpName = "LIST" };
        var cleanup = new Option<bool>("--cleanup") { Description = "Remove the job's feature files, and the directory when nothing else is in it (for the epilog)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be written or removed and change nothing." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object describing the change, for scripts." };
        var command = new Command("jobfeatures", "Write the job's $JOBFEATURES (HSF-TN-2016-02) from a batch prolog: allocated_cpu, hs06_job (from the node's published hs06 and total_cpu), jobstart_secs, job_id, and the limits the scheduler's job environment gives (wall_limit_secs, cpu_limit_secs, max_rss_bytes, scratch_limit_bytes; Slurm's from `scontrol show job`); a key it does not give is left out. Each file is replaced atomically, mode 0644. Snippets for each scheduler are in packaging/jobfeatures/.\n\nExamples:\n  calibrate jobfeatures --scheduler slurm --dir \"/tmp/jobfeatures_$SLURM_JOB_ID\"\n  calibrate jobfeatures --scheduler pbs --dir /var/run/jobfeatures/$1 --pbs-resources \"$5\"\n  calibrate jobfeatures --scheduler slurm --dir /tmp/jobfeatures_42 --cleanup")
        {
            scheduler, dir, machine, resources, cleanup, dryRun, json,
        };
        command.SetAction(parse =>
        {
            var directory = MjfDirectory.JobFeatures(parse.GetValue(dir) is { } d ? context.ResolvePath(d) : null, context.GetEnvironment);
            var isDryRun = parse.GetValue(dryRun);
            if (parse.GetValue(cleanup))
            {
                return Cleanup(context, directory, isDryRun, parse.GetValue(json));
            }

            var inputs = new JobInputs
            {
                Environment = context.GetEnvironment,
                ReadFile = path => FileChange.ReadCurrent(context.ResolvePath(path)),
                HostName = System.Net.Dns.GetHostName(),
                Now = context.Clock.GetUtcNow(),
                ResourceList = parse.GetValue(resources),
            };
            var machineFeatures = MjfDirectory.MachineFeatures(parse.GetValue(machine) is { } m ? context.ResolvePath(m) : null, context.GetEnvironment);
            var executor = CommandRunners.Executor(context.Node);
            var plan = JobFeaturesPusher.PlanAsync(parse.GetValue(scheduler)!, inputs, machineFeatures, directory, executor, context.Cancellation).GetAwaiter().GetResult();
            var changed = plan.HasChanges;
            if (!isDryRun)
            {
                changed = new PlanApplier(executor).ApplyAsync(plan, context.Cancellation).GetAwaiter().GetResult().Changed;
            }

            Print(context, plan, isDryRun, changed, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Cleanup(CliContext context, string directory, bool dryRun, bool json)
    {
        var files = JobFeaturesCleanup.Present(directory);
        var removedDirectory = !dryRun && JobFeaturesCleanup.Remove(directory, files);
        var verb = dryRun ? "would remove" : "removed";
        var plan = new PushPlan
        {
            Target = "jobfeatures",
            Subject = files.Count == 0 ? $"no job features in {directory}" : $"{verb} {string.Join(", ", files.Select(Path.GetFileName))} from {directory}",
            Notes = removedDirectory ? [$"{directory} was empty and was removed"] : [],
        };
        if (json)
        {
            context.Out.Write(PushJsonContext.Serialize(PushReport.From(plan, dryRun, files.Count > 0 && !dryRun) with { ChangedFiles = files }) + "\n");
        }
        else
        {
            context.Out.Write($"{plan.Target}: {plan.Subject}\n" + string.Concat(plan.Notes.Select(n => $"note: {n}\n")));
        }

        return ExitCodes.Ok;
    }

    private static void Print(CliContext context, PushPlan plan, bool dryRun, bool changed, bool json) =>
        context.Out.Write(json ? PushJsonContext.Serialize(PushReport.From(plan, dryRun, changed)) + "\n" : PlanRenderer.Render(plan, dryRun));
}
