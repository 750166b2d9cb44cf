using System.CommandLine;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Config;

/// <summary>`calibrate config`: the node's configuration file (calibrate.yaml), as `calibrate boot` reads it.</summary>
public static class ConfigCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("config", "The node's configuration file (/etc/calibrate/calibrate.yaml) that calibrate boot reads.\n\nExamples:\n  calibrate config check\n  calibrate config check --config packaging/calibrate.example.yaml")
        {
            ConfigCheckCommand.Create(context),
        };
        command.SetAction(int (_) => throw CliException.Usage("calibrate config needs a subcommand: calibrate config check"));
        return command;
    }
}
