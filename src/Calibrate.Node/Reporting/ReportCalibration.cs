using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Node.Calibration;
using Calibrate.Node.Configuration;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Inputs;
using Calibrate.Reports.Reports;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Node.Reporting;

/// <summary>
/// Chart 3 from --reference refs.csv: the references fitted through the origin exactly as `calibrate fit` fits them
/// (<see cref="ReferenceFitter"/>: each node's median over all its undisturbed stored results, whatever --since and
/// --host select), drawn with the fit's prediction band. A file with both hs23 and hs06 columns draws the site's unit. Nothing is stored: the site model changes only by `calibrate fit`.
/// </summary>
public static class ReportCalibration
{
    public static ReportInput Add(Site site, ReportInput input, string referencePath, IReadOnlyList<(AccountingUnit Unit, IReadOnlyList<ReferenceRow> Rows)> tables, IReadOnlyList<ResultSummary> results)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(site);
        var (unit, references) = ReferenceCsv.For(tables, site.Unit());
        var output = ReferenceFitter.Fit(referencePath, unit, references, results, ModelKind.ThroughOrigin, includeDisturbed: false, site.Models);
        CalibrationPoint[] points = [.. output.Points.Select(p => new CalibrationPoint(p.Node, p.Score, p.Measured))];
        return input with
        {
            CalibrationReferences = points,
            Calibration = CalibrationInput.Curve(points, output.Model, output.Fit.Level),
            Notes =
            [
                .. input.Notes,
                $"Calibration (chart 3): {output.Model.AnchorNote}; the band is the {DisplayFormat.Percent(output.Fit.Level, 0)} prediction interval of a new node's {output.Unit}.",
                .. output.Fit.Warnings.Select(w => $"Calibration warning: {w}."),
            ],
        };
    }
}
