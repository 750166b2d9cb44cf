using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;

namespace Calibrate.Cli.Commands.Config;

/// <summary>`calibrate config check`: validates the file before a boot depends on it; every bad key named with its line.</summary>
public static class ConfigCheckCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<string?>("--config") { Description = "The file to check. Default: $CALIBRATE_CONFIG, else /etc/calibrate/calibrate.yaml (.yml, .json).", HelpName = "FILE" };
        var command = new Command("check", "Read the configuration strictly, as boot does: unknown keys and bad values are errors, each named with its key path and line. Prints the effective settings when it is valid; exits 2 when not.")
        {
            config,
        };
        command.SetAction(parse =>
        {
            var path = ConfigLocator.Find(parse.GetValue(config), context.GetEnvironment, context.ResolvePath)
                ?? throw CliException.Usage($"no configuration file: give --config, set ${ConfigLocator.Variable}, or create {ConfigLocator.DefaultPaths[0]}");
            try
            {
                context.Out.Write(ConfigSummary.Render(ConfigLocator.Load(path)));
                return ExitCodes.Ok;
            }
            catch (ConfigException e)
            {
                foreach (var error in e.Errors)
                {
                    context.Out.WriteLine(error);
                }

                context.Error.WriteLine($"calibrate: {path} is not valid ({e.Errors.Count} error(s))");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
