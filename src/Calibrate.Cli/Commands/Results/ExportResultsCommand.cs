using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Commands.Results;

/// <summary>`calibrate results export`: the matching results as a JSON array of full results, or CSV summaries.</summary>
public static class ExportResultsCommand
{
    public static Command Create(CliContext context)
    {
        var store = ResultsStoreOption.Create();
        var filter = new ResultsFilterOptions();
        var format = new Option<string>("--format") { Description = "json: full results (an array, each as `run --json`); csv: one summary row per result, kernel scores as columns.", DefaultValueFactory = _ => "json", HelpName = "json|csv" };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("export", "Export stored results to stdout, newest first.\n\nExamples:\n  calibrate results export --format csv --label bare > bare.csv\n  calibrate results export --since 30d > last-month.json")
        {
            store, format,
        };
        foreach (var option in filter.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var query = filter.Read(parse, DateTimeOffset.UtcNow);
            using var opened = ResultsStoreOption.Open(parse, store, context);
            if (parse.GetValue(format) == "csv")
            {
                ResultCsv.Write(context.Out, opened.Query(query));
                return ExitCodes.Ok;
            }

            // Streamed: a fleet's export does not have to fit in memory.
            context.Out.Write("[");
            var first = true;
            foreach (var result in opened.ReadAll(query))
            {
                context.Out.Write(first ? "\n" : ",\n");
                context.Out.Write(CalibrateJson.Serialize(result));
                first = false;
            }

            context.Out.Write(first ? "]\n" : "\n]\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}
