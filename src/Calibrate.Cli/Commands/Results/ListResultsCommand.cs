using System.CommandLine;
using System.Text.Json;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Results;

/// <summary>`calibrate results list`: one line per stored result, newest first (or the latest per node).</summary>
public static class ListResultsCommand
{
    public static Command Create(CliContext context)
    {
        var store = ResultsStoreOption.Create();
        var filter = new ResultsFilterOptions();
        var latest = new Option<bool>("--latest") { Description = "Only the newest matching result of each node, by hostname." };
        var json = new Option<bool>("--json") { Description = "Print the summaries as a JSON array for scripts." };
        var command = new Command("list", "List stored results, newest first.\n\nExamples:\n  calibrate results list\n  calibrate results list --label kvm-4x8-pinned --since 2025-05-01\n  calibrate results list --latest --cpu \"Gold 6248\" --json")
        {
            store, latest, json,
        };
        foreach (var option in filter.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var query = filter.Read(parse, DateTimeOffset.UtcNow);
            using var opened = ResultsStoreOption.Open(parse, store, context);
            var summaries = parse.GetValue(latest) ? opened.LatestPerNode(query) : opened.Query(query);
            context.Out.Write(parse.GetValue(json)
                ? JsonSerializer.Serialize(summaries.ToList(), ResultsJsonContext.Default.ListResultSummary) + "\n"
                : ResultsTable.Render(summaries));
            return ExitCodes.Ok;
        });
        return command;
    }
}
