using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Pushers.Pbs;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push pbs`: Torque's $cputmult and $wallmult in mom_priv/config, pbs_mom told to re-read it, and optionally the node's HS06 through qmgr.</summary>
public static class PbsPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var config = new Option<string>("--mom-config") { Description = "pbs_mom's configuration file.", HelpName = "FILE", DefaultValueFactory = _ => PbsPlanner.DefaultMomConfig };
        var qmgr = new Option<PbsQmgr>("--qmgr")
        {
            Description = "Also set the node's HS06 on pbs_server: property (Torque: hs06_<HS06 per CPU>, e.g. hs06_21_6) or resource (PBS Professional: resources_available.hs06). Needs manager rights.",
            HelpName = "none|property|resource",
            DefaultValueFactory = _ => PbsQmgr.None,
        };
        var node = new Option<string?>("--node") { Description = "The node as pbs_server names it (for --qmgr). Default: the result's host name.", HelpName = "NAME" };
        var command = new Command("pbs", "Set $cputmult and $wallmult (the CPU factor: charged CPU time and walltime, and their limits, scale by it) in Torque's mom_priv/config, every other line kept, atomically, and send pbs_mom SIGHUP to re-read it; with --qmgr also the node's HS06 on the server.\n\nExamples:\n  calibrate push pbs --dry-run\n  calibrate push pbs --mom-config /var/spool/pbs/mom_priv/config --qmgr property --node wn042")
        {
            config, qmgr, node,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var settings = new PbsPusherSettings { MomConfig = parse.GetValue(config), Qmgr = parse.GetValue(qmgr), Node = parse.GetValue(node) };
            return PushExecution.Run(parse, options, context, "pbs", new PushersSettings { Pbs = settings });
        });
        return command;
    }
}
