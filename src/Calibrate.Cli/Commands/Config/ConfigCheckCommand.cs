using System.CommandLine;
using Calibrate.Agent.Planning;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;

namespace Calibrate.Cli.Commands.Config;

/// <summary>
/// `calibrate config check`: validates the file before a boot depends on it; every bad key named with its line, then
/// what boot would refuse on the node (a budget too short for its run, copies or pinning it cannot plan).
/// </summary>
public static class ConfigCheckCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<string?>("--config") { Description = "The file to check. Default: $CALIBRATE_CONFIG, else /etc/calibrate/calibrate.yaml (.yml, .json).", HelpName = "FILE" };
        var sysroot = new Option<string?>("--sysroot")
        {
            Description = "Check the budget, copies and pinning against a captured node's tree (with proc/ and sys/) instead of this machine's.",
            HelpName = "DIR",
        };
        var command = new Command("check", "Read the configuration strictly, as boot does: unknown keys and bad values are errors, each named with its key path and line. Prints the effective settings when it is valid, then checks them on this node as boot would before measuring (boot.budget long enough for the run, measure.copies and measure.pinning possible on its CPUs); exits 2 when either fails.\n\nExamples:\n  calibrate config check\n  calibrate config check --config calibrate.yaml --sysroot captured-node/")
        {
            config, sysroot,
        };
        command.SetAction(parse =>
        {
            var path = ConfigLocator.Find(parse.GetValue(config), context.GetEnvironment, context.ResolvePath)
                ?? throw CliException.Usage($"no configuration file: give --config, set ${ConfigLocator.Variable}, or create {ConfigLocator.DefaultPaths[0]}");
            CalibrateConfig loaded;
            try
            {
                loaded = ConfigLocator.Load(path);
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

            context.Out.Write(ConfigSummary.Render(loaded));
            var root = parse.GetValue(sysroot);
            var node = NodeProber.Probe(root is null ? null : context.ResolvePath(root));
            if (RefusalOn(node, loaded) is { } refusal)
            {
                var where = root ?? "this node";
                context.Out.WriteLine($"{Path.GetFileName(path)}: on {where}: {refusal}");
                context.Error.WriteLine($"calibrate: {path} is valid, but boot would refuse on {where}");
                return ExitCodes.Usage;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What boot would refuse before measuring on <paramref name="node"/>; null when it would measure.</summary>
    private static string? RefusalOn(Core.Probing.NodeProbe node, CalibrateConfig config)
    {
        try
        {
            BootBudget.CheckOn(node, config.Measure, config.Boot.Budget);
            return null;
        }
        catch (Exception e) when (e is BudgetTooShortException or PlanException)
        {
            return e.Message;
        }
    }
}
