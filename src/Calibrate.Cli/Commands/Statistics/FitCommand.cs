using System.CommandLine;
using Calibrate.Cli.Calibration;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
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
    /// <summary>The id of site-fitted models (the shipped one is <see cref="DefaultModel.Id"/>).</summary>
    public const string ModelId = "site";

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
        var command = new Command("fit", "Fit the site's calibration model: HS06 = k x node score through the origin, and a linear alternative, on reference nodes whose HS06 the site measured. Shows k with its interval, R², the leave-one-out prediction error and warnings; stores the model as a new version that calibrate run and calibrate factor then use.\n\nExamples:\n  calibrate fit --reference refs.csv --dry-run\n  calibrate fit --reference refs.csv\n  calibrate fit --reference refs.csv --model linear --json")
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
            var (path, references) = ReadReferences(context, parse.GetRequiredValue(reference));
            IReadOnlyList<ResultSummary> results;
            using (var opened = ResultsStoreOption.Open(parse, store, context))
            {
                results = opened.Query(ResultFilter.All);
            }

            var repository = new ModelRepository(context);
            var output = Fit(path, references, results, kind, parse.GetValue(includeDisturbed), repository);
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

    /// <summary>Matches the references to their scores and fits; throws on any bad input, so nothing is written.</summary>
    public static FitOutput Fit(
        string referencePath,
        IReadOnlyList<ReferenceRow> references,
        IReadOnlyList<ResultSummary> results,
        ModelKind kind,
        bool includeDisturbed,
        ModelRepository repository)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(repository);
        var used = includeDisturbed ? results : results.Where(r => !r.Disturbed).ToArray();
        var scores = ReferenceScores.Match(references, used);
        RefuseDisturbedOnly(references, scores, results);
        var points = ReferenceMatcher.Match(references, scores.ToDictionary(p => p.Key, p => p.Value.Score, StringComparer.Ordinal));
        CalibrationFit fit;
        try
        {
            fit = CalibrationFitter.Fit(points, RunAnalysis.Level);
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage(e.Message);
        }

        var previous = Previous(repository);
        var model = fit.ToModel(ModelId, repository.NextVersion(), DateTimeOffset.UtcNow, kind);
        if (!double.IsFinite(model.K) || !(model.K > 0))
        {
            throw CliException.Usage(StatisticsFormat.F($"the {KindName(kind)} fit is unusable (slope {model.K:G4}): the references' scores do not rise with their HS06; nothing was stored"));
        }

        model = model with { AnchorNote = $"{model.AnchorNote} listed in {Path.GetFileName(referencePath)}; median node score over each node's {(includeDisturbed ? "" : "undisturbed ")}results" };
        return new FitOutput
        {
            ReferenceFile = referencePath,
            IncludedDisturbed = includeDisturbed,
            ExcludedDisturbed = results.Count - used.Count,
            Points = references.Select(r => Point(r, scores[r.Node], model)).ToArray(),
            Fit = fit,
            Model = model,
            PreviousModel = previous,
        };
    }

    private static (string Path, IReadOnlyList<ReferenceRow> Rows) ReadReferences(CliContext context, string file)
    {
        var path = context.ResolvePath(file);
        if (!File.Exists(path))
        {
            throw CliException.Usage($"--reference {file}: no such file");
        }

        return (path, ReferenceCsv.Parse(File.ReadAllText(path)));
    }

    public static string KindName(ModelKind kind) => kind == ModelKind.Linear ? "linear" : "origin";

    private static ReferencePoint Point(ReferenceRow row, MatchedScore score, CalibrationModel model)
    {
        var fitted = model.Predict(score.Score);
        return new ReferencePoint(row.Line, row.Node, score.MatchedBy, score.Runs, score.Score, row.Hs06, fitted, (row.Hs06 - fitted) / row.Hs06);
    }

    /// <summary>A reference whose only results are disturbed gets a better message than "unknown node".</summary>
    private static void RefuseDisturbedOnly(IReadOnlyList<ReferenceRow> references, IReadOnlyDictionary<string, MatchedScore> scores, IReadOnlyList<ResultSummary> all)
    {
        var missing = references.Where(r => !scores.ContainsKey(r.Node)).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var withDisturbed = ReferenceScores.Match(missing, all);
        if (missing.FirstOrDefault(r => withDisturbed.ContainsKey(r.Node)) is { } row)
        {
            throw new ReferenceCsvException(row.Line, $"node '{row.Node}' has only disturbed results; measure it again, or use them with --include-disturbed");
        }
    }

    private static string Previous(ModelRepository repository)
    {
        try
        {
            var current = repository.Current();
            return $"{current.Id}@{current.Version}";
        }
        catch (CliException)
        {
            return "an unreadable model";
        }
    }

    private static string DisplayPath(CliContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
