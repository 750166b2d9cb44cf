using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Common;
using Calibrate.Statistics;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Node.Calibration;

/// <summary>
/// What `calibrate fit` and the calibration chart of `calibrate report` and `calibrate plot` share: refs.csv read and
/// parsed (<see cref="ReferenceCsv"/>), each reference matched to its median score (<see cref="ReferenceScores"/>),
/// both models fitted (<see cref="CalibrationFitter"/>). Every bad input throws a one-line error before anything is written.
/// </summary>
public static class ReferenceFitter
{
    /// <summary>The id of site-fitted models (the shipped one is <see cref="DefaultModel.Id"/>).</summary>
    public const string SiteModelId = "site";

    public static string KindName(ModelKind kind) => kind == ModelKind.Linear ? "linear" : "origin";

    /// <summary>Matches the references to their scores and fits; throws on any bad input, so nothing is written.</summary>
    public static FitOutput Fit(
        string referencePath,
        AccountingUnit unit,
        IReadOnlyList<ReferenceRow> references,
        IReadOnlyList<ResultSummary> results,
        ModelKind kind,
        bool includeDisturbed,
        ModelRepository repository)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(repository);
        var used = includeDisturbed ? results : results.Where(r => !r.Disturbed).ToArray();
        var scores = ReferenceScores.Match(references, used);
        RefuseDisturbedOnly(references, scores, results);
        RefuseImplausible(references, used, unit);
        var points = ReferenceMatcher.Match(references, scores.ToDictionary(p => p.Key, p => p.Value.Score, StringComparer.Ordinal));
        CalibrationFit fit;
        try
        {
            fit = CalibrationFitter.Fit(points, Confidence.Level);
        }
        catch (ArgumentException e)
        {
            throw new InputException(e.Message, e);
        }

        var previous = Previous(repository, unit);
        var model = fit.ToModel(SiteModelId, repository.NextVersion(), DateTimeOffset.UtcNow, kind, unit);
        if (!double.IsFinite(model.K) || !(model.K > 0))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"the {KindName(kind)} fit is unusable (slope {model.K:G4}): the references' scores do not rise with their {unit}; nothing was stored"));
        }

        model = model with { AnchorNote = $"{model.AnchorNote} listed in {Path.GetFileName(referencePath)}; median node score over each node's {(includeDisturbed ? "" : "undisturbed ")}results" };
        return new FitOutput
        {
            ReferenceFile = referencePath,
            Unit = unit,
            IncludedDisturbed = includeDisturbed,
            ExcludedDisturbed = results.Count - used.Count,
            Points = references.Select(r => Point(r, scores[r.Node], model)).ToArray(),
            Fit = fit,
            Model = model,
            PreviousModel = previous,
        };
    }

    /// <summary>--reference FILE, resolved against the working directory and parsed; the rows name their lines for errors.</summary>
    public static (string Path, IReadOnlyList<(AccountingUnit Unit, IReadOnlyList<ReferenceRow> Rows)> Tables) Read(NodeEnvironment environment, string file)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var path = environment.ResolvePath(file);
        if (!File.Exists(path))
        {
            throw new InputException($"--reference {file}: no such file");
        }

        return (path, ReferenceCsv.Parse(File.ReadAllText(path)));
    }

    private static ReferencePoint Point(ReferenceRow row, MatchedScore score, CalibrationModel model)
    {
        var fitted = model.Predict(score.Score);
        return new ReferencePoint(row.Line, row.Node, score.MatchedBy, score.Runs, score.Score, row.Value, fitted, (row.Value - fitted) / row.Value);
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

    /// <summary>
    /// A reference whose per logical CPU (its HS06 over the copies its results ran) no real node has, by the same
    /// bounds as the pushers' publish gate (<see cref="PlausibilityBounds"/>), is refused before fitting: a model fitted
    /// on it would make every later estimate absurd.
    /// </summary>
    private static void RefuseImplausible(IReadOnlyList<ReferenceRow> references, IReadOnlyList<ResultSummary> results, AccountingUnit unit)
    {
        foreach (var (reference, runs, _) in ReferenceScores.Runs(references, results))
        {
            var copies = runs.Max(r => r.Copies);
            var perCpu = reference.Value / copies;
            if (copies < 1 || perCpu is < PlausibilityBounds.MinPerLogicalCpu or > PlausibilityBounds.MaxPerLogicalCpu)
            {
                throw new ReferenceCsvException(reference.Line, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{unit} {reference.Value:G6} of node '{reference.Node}' is {perCpu:G4} per logical CPU over its {copies} copies, outside the plausible {PlausibilityBounds.MinPerLogicalCpu:0.#} to {PlausibilityBounds.MaxPerLogicalCpu:0.#} ({PlausibilityBounds.Source}); nothing was stored"));
            }
        }
    }

    private static string Previous(ModelRepository repository, AccountingUnit unit)
    {
        try
        {
            var current = repository.Current(unit);
            return $"{current.Id}@{current.Version}";
        }
        catch (OperationFailedException)
        {
            return "an unreadable model";
        }
    }
}
