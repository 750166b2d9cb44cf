using System.CommandLine;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>`calibrate fleet`: views over all nodes in the store, and benchmark campaigns through the batch system.</summary>
public static class FleetCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("fleet", "Views over every node in the store, and campaigns that measure nodes through the batch system.\n\nExamples:\n  calibrate fleet outliers\n  calibrate fleet outliers --store postgresql://calibrate@db/calibrate --json\n  calibrate fleet submit --scheduler slurm --all --store postgresql://calibrate@db/calibrate\n  calibrate fleet status")
        {
            FleetOutliersCommand.Create(context),
            Fleet.FleetSubmitCommand.Create(context),
            Fleet.FleetStatusCommand.Create(context),
        };

        // An action of its own, so that a mistyped view is reported as unknown rather than as missing.
        command.SetAction(int (_) => throw CliException.Usage("calibrate fleet needs a subcommand: outliers, submit or status"));
        return command;
    }
}
