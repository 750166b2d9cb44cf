using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Statistics.Calibration;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// `calibrate fit`: fits the reference nodes' HS23 and/or HS06 (refs.csv, one model per unit column) against Calibrate's
/// node score, shows both model forms, and stores the chosen one as the next model version of its unit. Everything is
/// checked, every unit fitted, before anything is written: a bad refs.csv leaves the current models byte for byte as they were.
/// </summary>
public static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var reference = new Option<string>("--reference")
        {
            Description = "CSV of reference nodes with a header naming the columns node (a hostname or a label) and hs23 and/or hs06 (the whole node's figure the site measured with the real benchmark; an empty cell: not measured in that unit). One model is fitted per unit column.",
            HelpName = "FILE",
            Required = true,
        };
        var store = ResultsStoreOption.Create();
        var model = new Option<string>("--model") { Description = "The model to store: origin (figure = k x score) or linear (figure = a + b x score).", DefaultValueFactory = _ => "origin", HelpName = "origin|linear" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Fit and show, but store nothing." };
        var json = new Option<bool>("--json") { Description = "Print {\"fits\": [...]}, one entry per unit: the references, both fits and the model." };
        var includeDisturbed = new Option<bool>("--include-disturbed") { Description = "Also use results found disturbed (left out by default)." };
        var command = new Command("fit", "Fit the site's calibration model: figure = k x node score through the origin, and a linear alternative, on reference nodes whose HS23 or HS06 the site measured (a file with both columns fits one model per unit). Shows k with its interval, R², the leave-one-out prediction error and warnings; stores each model as a new version that later measurements (calibrate run, boot, fleet jobs) use for its unit.\n\nExamples:\n  calibrate fit --reference refs.csv --dry-run\n  calibrate fit --reference refs.csv\n  calibrate fit --reference refs.csv --model linear --json")
        {
            reference, store, model, dryRun, json, includeDisturbed,
        };
        command.SetAction(parse =>
        {
            var kind = parse.GetValue(model) switch
            {
                "origin" => ModelKind.ThroughOrigin,
                "linear" => ModelKind.Linear,
                var other => throw CliException.Usage($"--model {other}: choose origin (figure = k x score) or linear (figure = a + b x score)"),
            };
            var site = context.Site();
            var (path, tables) = ReferenceFitter.Read(context.Node, parse.GetRequiredValue(reference));
            IReadOnlyList<ResultSummary> results;
            using (var opened = ResultsStoreOption.Open(parse, store, context))
            {
                results = opened.Query(ResultFilter.All);
            }

            var repository = site.Models;
            var fits = new List<FitOutput>();
            foreach (var (unit, references) in tables)
            {
                var fit = ReferenceFitter.Fit(path, unit, references, results, kind, parse.GetValue(includeDisturbed), repository);
                fits.Add(fits.Count == 0 ? fit : fit with { Model = fit.Model with { Version = fits[^1].Model.Version + 1 } });
            }

            if (!parse.GetValue(dryRun))
            {
                fits = [.. fits.Select(f => f with { ModelPath = repository.Save(f.Model) })];
            }

            context.Out.Write(parse.GetValue(json)
                ? StatisticsOutputJson.Serialize(new FitReport(fits))
                : string.Join("\n", fits.Select(f => FitRenderer.Render(f, f.ModelPath is { } saved ? DisplayPath(context, saved) : null))));
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
