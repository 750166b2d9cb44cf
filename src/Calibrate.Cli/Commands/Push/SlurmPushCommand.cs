using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Slurm;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push slurm`: the node's hs06_ feature and Weight through `scontrol update`.</summary>
public static class SlurmPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var node = new Option<string?>("--node") { Description = "The Slurm node name. Default: the result's short host name.", HelpName = "NAME" };
        var command = new Command("slurm", "Set the node's Features (hs23_<per logical CPU> and hs06_<per logical CPU> tags, carried 1:1, next to the others) and Weight (10000 / figure per logical CPU: faster nodes are preferred) with scontrol update, and print the slurm.conf line that keeps them.\n\nExamples:\n  calibrate push slurm --dry-run\n  calibrate push slurm --node wn042")
        {
            node,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            return PushExecution.Run(parse, options, context, "slurm", new PushersSettings { Slurm = new SlurmPusherSettings { Node = parse.GetValue(node) } });
        });
        return command;
    }
}
