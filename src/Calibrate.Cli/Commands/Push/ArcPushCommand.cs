using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Pushers.Arc;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push arc`: an ARC CE queue's benchmark line from its nodes' stored estimates.</summary>
public static class ArcPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new FleetPushOptions();
        var queue = new Option<string>("--queue") { Description = "The queue: its [queue:NAME] block in arc.conf.", HelpName = "NAME", Required = true };
        var conf = new Option<string>("--arc-conf") { Description = "The ARC CE's configuration file.", HelpName = "FILE", DefaultValueFactory = _ => ArcPlanner.DefaultPath };
        var command = new Command("arc", "Set benchmark=HEPscore23 <per core> (HEPSPEC when the site accounts in HS06) in arc.conf's [queue:NAME] block, keeping every other byte. The figure is the capacity-weighted mean per logical CPU of the queue's nodes: the sum of their latest undisturbed stored estimates over the sum of their logical CPUs (WLCG's rule for a cluster of mixed nodes), the same figure `push apel` writes.\n\nExamples:\n  calibrate push arc --queue grid --hosts wn01,wn02 --dry-run\n  calibrate push arc --queue grid --all --arc-conf /etc/arc.conf")
        {
            queue, conf,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var figure = FleetFigure.Compute(parse, options, context);
            var plan = ArcPlanner.Plan(context.ResolvePath(parse.GetValue(conf)!), parse.GetValue(queue)!, figure);
            return FleetFigure.Finish(parse, options, context, plan);
        });
        return command;
    }
}
