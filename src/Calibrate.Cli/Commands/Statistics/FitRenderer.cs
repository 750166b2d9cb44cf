using System.Text;
using Calibrate.Node.Calibration;
using Calibrate.Statistics.Calibration;
using static Calibrate.Core.Text.DisplayFormat;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>The human-readable report of `calibrate fit`, culture-invariant (snapshot-tested).</summary>
public static class FitRenderer
{
    public static string Render(FitOutput output, string? shownModelPath)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fit = output.Fit;
        var model = output.Model;
        var sb = new StringBuilder();
        var source = output.IncludedDisturbed ? "all of each node's results, disturbed ones included" : "each node's undisturbed results";
        sb.Append(F($"{output.Unit} calibration fit on {fit.N} reference nodes from {Path.GetFileName(output.ReferenceFile)}: median node score over {source}; {Percent(fit.Level, 0)} intervals\n"));
        if (output.ExcludedDisturbed > 0)
        {
            sb.Append(F($"{output.ExcludedDisturbed} disturbed result(s) left out (--include-disturbed uses them)\n"));
        }

        sb.Append('\n');
        var points = new TextTable(("Line", true), ("Node", false), ("Matched", false), ("Runs", true), ("Score", true), (output.Unit.ToString(), true), ("Fitted", true), ("Residual", true));
        foreach (var p in output.Points)
        {
            points.Add(F($"{p.Line}"), p.Node, p.MatchedBy, F($"{p.Runs}"), Number(p.Score, "F2"), Number(p.Measured, "F1"), Number(p.Fitted, "F1"), WithSign(p.ResidualFraction * 100, "F1") + "%");
        }

        sb.Append(points.Render()).Append('\n');
        var chosen = model.Kind;
        var models = new TextTable(("Model", false), ("Form", false), ("k or slope (CI)", false), ("Intercept", true), ("R²", true), ("LOO RMSE", true));
        var o = fit.ThroughOrigin;
        models.Add(Mark("origin", chosen == ModelKind.ThroughOrigin), $"{output.Unit} = k x score", WithInterval(o.K, o.KLow, o.KHigh, "F4"), Undefined, Number(o.RSquared, "F4"), Percent(o.LooRmsePercent / 100, 2));
        var l = fit.Linear;
        models.Add(Mark("linear", chosen == ModelKind.Linear), $"{output.Unit} = a + b x score", WithInterval(l.Slope, l.SlopeLow, l.SlopeHigh, "F4"), Number(l.Intercept, "F2"), Number(l.RSquared, "F4"), Percent(l.LooRmsePercent / 100, 2));
        sb.Append(models.Render());
        sb.Append("* the model stored (--model); R² is centred for both; LOO RMSE is the leave-one-out prediction error of the whole node's ").Append(output.Unit).Append("\n\n");
        sb.Append(F($"Score range: max/min {fit.ScoreRangeRatio:F2} (narrow below {CalibrationFitter.NarrowRangeRatio:F1})\n"));
        foreach (var warning in fit.Warnings)
        {
            sb.Append("warning: ").Append(warning).Append('\n');
        }

        var name = $"{model.Id}@{model.Version} ({ReferenceFitter.KindName(model.Kind)})";
        sb.Append('\n').Append(shownModelPath is null
            ? $"Dry run: {name} not stored; the model in use stays {output.PreviousModel}.\n"
            : $"Stored {name} as {shownModelPath}; it is now current (was {output.PreviousModel}): calibrate run and calibrate factor use it.\n");
        return sb.ToString();
    }

    private static string Mark(string name, bool chosen) => chosen ? name + " *" : name;
}
