using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Statistics.Calibration;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// `calibrate fit`: fits HS06 against Calibrate's node score on the site's reference nodes (refs.csv), shows both
/// models, and stores the chosen one as the next model version. Everything is checked before anything is written:
/// a bad refs.csv leaves the current model byte for byte as it was.
/// </summary>
public static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var reference = new Option<string>("--reference")
        {
            Description = "CSV of reference nodes with a header naming the columns node (a hostname or a label) and hs06 (the HS06 the site measured with the real benchmark).",
            HelpName = "FILE",
            Required = true,
        };
        var store = ResultsStoreOption.Create();
        var model = new Option<string>("--model") { Description = "The model to store: origin (HS06 = k x score) or linear (HS06 = a + b x score).", DefaultValueFactory = _ => "origin", HelpName = "origin|linear" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Fit and show, but store nothing." };
        var json = new Option<bool>("--json") { Description = "Print the references, both fits and the model as JSON." };
        var includeDisturbed = new Option<bool>("--include-disturbed") { Description = "Also use results found disturbed (left out by default)." };
        var command = new Command("fit", "Fit the site's calibration model: HS06 = k x node score through the origin, and a linear alternative, on reference nodes whose HS06 the site measured. Shows k with its interval, R², the leave-one-out prediction error and warnings; stores the model as a new version that later measurements (calibrate run, boot, fleet jobs) use.\n\nExamples:\n  calibrate fit --reference refs.csv --dry-run\n  calibrate fit --reference refs.csv\n  calibrate fit --reference refs.csv --model linear --json")
        {
            reference, store, model, dryRun, json, includeDisturbed,
        };
        command.SetAction(parse =>
        {
            var kind = parse.GetValue(model) switch
            {
                "origin" => ModelKind.ThroughOrigin,
                "linear" => ModelKind.Linear,
                var other => throw CliException.Usage($"--model {other}: choose origin (HS06 = k x score) or linear (HS06 = a + b x score)"),
            };
            var site = context.Site();
            var (path, references) = ReferenceFitter.Read(context.Node, parse.GetRequiredValue(reference));
            IReadOnlyList<ResultSummary> results;
            using (var opened = ResultsStoreOption.Open(parse, store, context))
            {
                results = opened.Query(ResultFilter.All);
            }

            var repository = site.Models;
            var output = ReferenceFitter.Fit(path, references, results, kind, parse.GetValue(includeDisturbed), repository);
            if (!parse.GetValue(dryRun))
            {
                output = output with { ModelPath = repository.Save(output.Model) };
            }

            context.Out.Write(parse.GetValue(json)
                ? StatisticsOutputJson.Serialize(output)
                : FitRenderer.Render(output, output.ModelPath is { } saved ? DisplayPath(context, saved) : null));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string DisplayPath(CliContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
