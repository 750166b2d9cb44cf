using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.GridEngine;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push gridengine`: the exec host's usage_scaling cpu=&lt;factor&gt; through qconf.</summary>
public static class GridEnginePushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var host = new Option<string?>("--host") { Description = "The exec host as Grid Engine knows it. Default: the result's host name.", HelpName = "HOST" };
        var command = new Command("gridengine", "Set the exec host's usage_scaling cpu=<CPU factor> (mem and io kept) with qconf -rattr, cpu first, in the form DIRAC reads.\n\nExamples:\n  calibrate push gridengine --dry-run\n  calibrate push gridengine --host wn042.example.org")
        {
            host,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            return PushExecution.Run(parse, options, context, "gridengine", new PushersSettings { GridEngine = new GridEnginePusherSettings { Host = parse.GetValue(host) } });
        });
        return command;
    }
}
