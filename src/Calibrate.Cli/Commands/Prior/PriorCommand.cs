using System.CommandLine;
using Calibrate.Cli.Commands.Statistics;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Priors;

namespace Calibrate.Cli.Commands.Prior;

/// <summary>
/// `calibrate prior`: what the public HEPiX HS23 table says this node (or a captured tree) is worth before it is
/// measured: the matched rows, HS23 per logical CPU and for the whole node with their interval, or why there is none.
/// </summary>
public static class PriorCommand
{
    public static Command Create(CliContext context)
    {
        var sysroot = new Option<string?>("--sysroot")
        {
            Description = "Read a captured system tree (with proc/ and sys/) instead of this machine's / .",
            HelpName = "DIR",
        };
        var table = new Option<string?>("--prior-table")
        {
            Description = "A newer copy of the HEPiX HS23 table (the CSV of w3.hepix.org/benchmarking/scores_HS23.html) instead of the one calibrate ships.",
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Print the prior as JSON." };
        var command = new Command("prior", "Show the node's prior from the public HEPiX HS23 table: the table's rows of its CPU model, SMT state and logical CPUs (or the nearest layout of the model), HS23 per logical CPU and for the whole node with the interval the table's leave-one-site-out error gives (wider on a virtual machine), or why there is none.\n\nExamples:\n  calibrate prior\n  calibrate prior --sysroot captured-node/ --json\n  calibrate prior --prior-table HS23scores.csv")
        {
            sysroot, table, json,
        };
        command.SetAction(parse =>
        {
            var report = PriorLookup.Run(context.Node, parse.GetValue(sysroot), parse.GetValue(table));
            context.Out.Write(parse.GetValue(json) ? StatisticsOutputJson.Serialize(report) : PriorRenderer.Render(report));
            return ExitCodes.Ok;
        });
        return command;
    }
}
