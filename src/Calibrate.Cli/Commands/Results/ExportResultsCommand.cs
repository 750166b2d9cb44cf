using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Node.Hosting;
using Calibrate.Node.Results;
using Calibrate.Node.Stores;
using Calibrate.Reports.Exports.HepSuite;
using Calibrate.Store;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Commands.Results;

/// <summary>
/// `calibrate results export`: the chosen results (one by id, the newest of each node, or the filters' matches) as a
/// JSON array of full results, CSV summaries, or HEP Benchmark Suite reports, one document per line.
/// </summary>
public static class ExportResultsCommand
{
    private const string HepSuite = "hep-benchmark-suite";

    public static Command Create(CliContext context)
    {
        var store = ResultsStoreOption.Create();
        var filter = new ResultsFilterOptions();
        var format = new Option<string>("--format")
        {
            Description = $"json: full results (an array, each as `run --json`); csv: one summary row per result, kernel scores as columns; {HepSuite}: one HEP Benchmark Suite report (JSON 3.x, profile `calibrate`) per line, for the HEPiX report viewer and OpenSearch.",
            DefaultValueFactory = _ => "json",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("json", "csv", HepSuite);
        var result = new Option<string?>("--result") { Description = "Only the result with this id (as `results list` shows it).", HelpName = "ID" };
        var latest = new Option<bool>("--latest") { Description = "Only the newest matching result of each node, as `results list --latest`." };
        var command = new Command("export", $"Export stored results to stdout, newest first.\n\nExamples:\n  calibrate results export --format csv --label bare > bare.csv\n  calibrate results export --since 30d > last-month.json\n  calibrate results export --format {HepSuite} --latest > fleet.ndjson\n  calibrate results export --format {HepSuite} --result 0b7e9b6c-41c4-4f43-9c55-7d1f9e3a2b10")
        {
            store, format, result, latest,
        };
        foreach (var option in filter.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var query = filter.Read(parse, DateTimeOffset.UtcNow);
            var id = parse.GetValue(result) is { } text ? ResultSelection.ParseId(text) : (Guid?)null;
            if (id is not null && (parse.GetValue(latest) || query != ResultFilter.All))
            {
                throw new InputException("--result names one result: give it without --latest or filters");
            }

            var location = StoreLocation.Normalise(context.Site().StoreArgument(parse.GetValue(store)), context.Node);
            if (!StoreLocation.IsUrl(location) && !File.Exists(location))
            {
                // Nothing stored here yet: an export of nothing, and no store created by looking for one.
                if (id is { } missing)
                {
                    throw new InputException($"no result with id {missing}: there is no store at {location}");
                }

                Write(context.Out, parse.GetValue(format), () => [], () => []);
                return ExitCodes.Ok;
            }

            using var opened = ResultsStoreOption.Open(parse, store, context);
            var newestPerNode = parse.GetValue(latest);
            // CSV from the summaries the store keeps (a fleet's CSV parses no result documents); the rest read one
            // result at a time. An unknown --result is looked up before anything is written.
            Write(
                context.Out,
                parse.GetValue(format),
                () => id is { } one ? [ResultSummary.From(Get(opened, one))] : newestPerNode ? opened.LatestPerNode(query) : opened.Query(query),
                () => id is { } one ? [Get(opened, one)] : newestPerNode ? opened.LatestPerNode(query).Select(s => opened.Get(s.Id)).OfType<RunResult>() : opened.ReadAll(query));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Each format takes only what it needs: CSV the summaries, the others the full results, read one at a time.</summary>
    private static void Write(TextWriter output, string? format, Func<IReadOnlyList<ResultSummary>> summaries, Func<IEnumerable<RunResult>> results)
    {
        switch (format)
        {
            case "csv":
                ResultCsv.Write(output, summaries());
                break;
            case HepSuite:
                foreach (var result in results())
                {
                    output.Write(HepSuiteReport.Line(result) + "\n");
                }

                break;
            default:
                WriteJsonArray(output, results());
                break;
        }
    }

    /// <summary>Looked up before anything is written: an unknown id is one line on stderr and no output.</summary>
    private static RunResult Get(IResultStore store, Guid id) =>
        store.Get(id) ?? throw new InputException($"no result with id {id} in {store.Location}");

    private static void WriteJsonArray(TextWriter output, IEnumerable<RunResult> results)
    {
        output.Write("[");
        var first = true;
        foreach (var result in results)
        {
            output.Write(first ? "\n" : ",\n");
            output.Write(CalibrateJson.Serialize(result));
            first = false;
        }

        output.Write(first ? "]\n" : "\n]\n");
    }
}
