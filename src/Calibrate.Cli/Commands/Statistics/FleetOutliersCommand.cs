using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Statistics.Fleet;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>`calibrate fleet outliers`: per CPU model the distribution of node scores, and the nodes below their peers.</summary>
public static class FleetOutliersCommand
{
    public static Command Create(CliContext context)
    {
        var store = ResultsStoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the distributions and outliers as JSON." };
        var command = new Command("outliers", "Per CPU model (and copy count) the distribution of the nodes' latest undisturbed scores, and the nodes that fall below their peers by a robust criterion (modified z-score on the median and MAD), stated under the table.")
        {
            store, json,
        };
        command.SetAction(parse =>
        {
            using var opened = ResultsStoreOption.Open(parse, store, context);
            var results = opened.Query(ResultFilter.All);
            var report = FleetOutliers.Find(results);
            context.Out.Write(parse.GetValue(json) ? StatisticsOutputJson.Serialize(report) : FleetRenderer.Render(report));
            return ExitCodes.Ok;
        });
        return command;
    }
}
