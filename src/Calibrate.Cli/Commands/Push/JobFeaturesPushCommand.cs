using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Mjf;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push jobfeatures`: a job's allocated_cpu and hs06_job, from a batch prolog (HSF-TN-2016-02).</summary>
public static class JobFeaturesPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var allocated = new Option<int>("--allocated-cpu") { Description = "Processors allocated to the job.", HelpName = "N", Required = true };
        var dir = new Option<string?>("--dir") { Description = "The job features directory. Default: $JOBFEATURES.", HelpName = "DIR" };
        var command = new Command("jobfeatures", "Write $JOBFEATURES/allocated_cpu and hs06_job (= hs06 x allocated_cpu / total_cpu), for a batch prolog.\n\nExamples:\n  calibrate push jobfeatures --allocated-cpu 8 --dir /tmp/jobfeatures/1234\n  JOBFEATURES=/tmp/jf calibrate push jobfeatures --allocated-cpu \"$SLURM_CPUS_ON_NODE\"")
        {
            allocated, dir,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var result = PushExecution.GatedResult(parse, options, context);
            var directory = MjfDirectory.JobFeatures(parse.GetValue(dir) is { } d ? context.ResolvePath(d) : null, context.GetEnvironment);
            return PushExecution.Finish(parse, options, context, JobFeaturesPlanner.Plan(result, directory, parse.GetValue(allocated)), CommandRunners.Executor(context.Node));
        });
        return command;
    }
}
