using System.CommandLine;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>`calibrate fleet`: views over all nodes in the store.</summary>
public static class FleetCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("fleet", "Views over every node in the store.\n\nExamples:\n  calibrate fleet outliers\n  calibrate fleet outliers --store postgresql://calibrate@db/calibrate --json")
        {
            FleetOutliersCommand.Create(context),
        };

        // An action of its own, so that a mistyped view is reported as unknown rather than as missing.
        command.SetAction(int (_) => throw CliException.Usage("calibrate fleet needs a view: calibrate fleet outliers"));
        return command;
    }
}
