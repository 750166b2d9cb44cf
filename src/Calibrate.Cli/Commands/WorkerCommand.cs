using System.CommandLine;
using Calibrate.Agent.Affinity;
using Calibrate.Agent.Running;
using Calibrate.Agent.Worker;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Topology;
using Calibrate.Workloads;

namespace Calibrate.Cli.Commands;

/// <summary>The hidden body of one copy, started by `calibrate run` in a child process; speaks the worker protocol.</summary>
public static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var copy = new Option<int>("--copy") { Required = true };
        var kernels = new Option<string>("--kernels") { Required = true };
        var maxSeconds = new Option<int>("--max-seconds") { DefaultValueFactory = _ => 600 };
        var cpus = new Option<string?>("--cpus");
        var command = new Command(WorkerLaunch.WorkerVerb, "Run one copy (internal; started by calibrate run).")
        {
            copy, kernels, maxSeconds, cpus,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var output = context.Out;
            try
            {
                if (parse.GetValue(cpus) is { } list)
                {
                    LinuxAffinity.SetForWholeProcess(CpuSet.Parse(list));
                }

                var suite = parse.GetRequiredValue(kernels).Split(',').Select(KernelCatalog.Create).ToArray();
                var loop = new WorkerLoop(suite, parse.GetValue(copy), Console.In, output, TimeSpan.FromSeconds(parse.GetValue(maxSeconds)));
                return loop.Run(LinuxAffinity.Get());
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
            {
                output.WriteLine(new WorkerMessage.Failure(e.Message).Format());
                output.Flush();
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
