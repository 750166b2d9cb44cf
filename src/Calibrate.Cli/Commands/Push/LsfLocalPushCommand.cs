using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Lsf;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push lsf-local`: the node's hs06 resource in LSF_LOCAL_RESOURCES, at boot before LIM starts.</summary>
public static class LsfLocalPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var conf = new Option<string?>("--lsf-conf") { Description = "The node's lsf.conf. Default: $LSF_ENVDIR/lsf.conf, else /etc/lsf.conf.", HelpName = "FILE" };
        var command = new Command("lsf-local", "Set [resourcemap VALUE*hs06] (the whole node's figure in the site's unit; the resource keeps its name) in the node's LSF_LOCAL_RESOURCES, keeping the resources already listed; run before LIM starts.\n\nExamples:\n  calibrate push lsf-local --lsf-conf /opt/lsf/conf/lsf.conf --dry-run\n  calibrate push lsf-local --lsf-conf /opt/lsf/conf/lsf.conf")
        {
            conf,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            return PushExecution.Run(parse, options, context, "lsf-local", new PushersSettings { LsfLocal = new LsfLocalPusherSettings { LsfConf = parse.GetValue(conf) } });
        });
        return command;
    }
}
