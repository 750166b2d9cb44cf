using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Pushers.Apel;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push apel`: the APEL client's manual_spec line for a CE from its nodes' stored estimates.</summary>
public static class ApelPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new FleetPushOptions();
        var ce = new Option<string>("--ce") { Description = "The CE id APEL accounts the jobs under (e.g. ce01.example.org:2811/nordugrid-Condor-grid).", HelpName = "CE_ID", Required = true };
        var conf = new Option<string>("--client-conf") { Description = "The APEL client's configuration file.", HelpName = "FILE", DefaultValueFactory = _ => ApelPlanner.DefaultPath };
        var command = new Command("apel", "Set manual_specN = CE_ID,HEPscore23,<per core> (HEPSPEC when the site accounts in HS06) in client.cfg's [spec_updater] section: the CE's line updated in place, else a new line with the lowest free N; other CEs' lines and every other byte kept. The figure is the same as `push arc`'s: the sum of the nodes' latest undisturbed stored estimates over the sum of their logical CPUs.\n\nExamples:\n  calibrate push apel --ce ce01.example.org:2811/nordugrid-Condor-grid --all --dry-run\n  calibrate push apel --ce ce01.example.org:2811/nordugrid-Condor-grid --hosts wn01,wn02")
        {
            ce, conf,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var figure = FleetFigure.Compute(parse, options, context);
            var plan = ApelPlanner.Plan(context.ResolvePath(parse.GetValue(conf)!), parse.GetValue(ce)!, figure);
            return FleetFigure.Finish(parse, options, context, plan);
        });
        return command;
    }
}
