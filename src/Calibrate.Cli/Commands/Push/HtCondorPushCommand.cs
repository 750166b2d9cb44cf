using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.HtCondor;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push htcondor`: ApelSpecs in the startd's machine ad, then condor_reconfig.</summary>
public static class HtCondorPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var dir = new Option<string>("--config-dir") { Description = "HTCondor's config.d directory.", HelpName = "DIR", DefaultValueFactory = _ => HtCondorPlanner.DefaultConfigDirectory };
        var command = new Command("htcondor", $"Write {HtCondorPlanner.FileName} with ApelSpecs = [HEPSPEC=<per core>; HEPscore23=<per core>] (the one figure, carried 1:1, which the HTCondor-CE APEL scripts read) added to STARTD_ATTRS, then run condor_reconfig if it exists.\n\nExamples:\n  calibrate push htcondor --dry-run\n  calibrate push htcondor --config-dir /etc/condor/config.d")
        {
            dir,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            return PushExecution.Run(parse, options, context, "htcondor", new PushersSettings { HtCondor = new HtCondorPusherSettings { ConfigDirectory = parse.GetValue(dir) } });
        });
        return command;
    }
}
