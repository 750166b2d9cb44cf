using System.CommandLine;
using System.CommandLine.Help;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands;

/// <summary>Every command of calibrate, one class each; this is the only place that lists them.</summary>
public static class CommandCatalog
{
    /// <summary>Help is wrapped at a fixed width so it reads the same everywhere (and snapshots are stable).</summary>
    private const int HelpWidth = 110;

    public static Command CreateRoot(CliContext context)
    {
        // A plain command named "calibrate" rather than RootCommand, whose name is the host process's
        // ("dotnet", "testhost") when calibrate runs as a .dll.
        var help = new HelpOption { Recursive = true };
        var root = new Command(
            "calibrate",
            "Calibrate: measure a worker node with normalised CPU workloads, estimate its HEPscore23 (or HS06) and CPU factor with their " +
            "uncertainty, and publish them to the batch system.\n\n" +
            "Start with:  calibrate probe        what node is this?\n" +
            "             calibrate run          measure it (quick profile, about a minute)\n" +
            "             calibrate <command> --help   options and examples of a command")
        {
            help,
            new VersionOption(),
            ProbeCommand.Create(context),
            Prior.PriorCommand.Create(context),
            Run.RunCommand.Create(context),
            Boot.BootCommand.Create(context),
            Boot.RemeasureCommand.Create(context),
            Config.ConfigCommand.Create(context),
            Sweep.SweepCommand.Create(context),
            Results.ResultsCommand.Create(context),
            Statistics.FitCommand.Create(context),
            Statistics.FactorCommand.Create(context),
            Statistics.CompareCommand.Create(context),
            Statistics.FleetCommand.Create(context),
            Push.PushCommand.Create(context),
            JobFeatures.JobFeaturesCommand.Create(context),
            Report.ReportCommand.Create(context),
            Report.PlotCommand.Create(context),
        };

        if (help.Action is HelpAction action)
        {
            action.MaxWidth = HelpWidth;
        }

        ExamplesHelpAction.Attach(root, help);
        return root;
    }
}
