using System.Globalization;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Chart 3: HS23 (or HS06) against Calibrate's score for the reference nodes (each labelled with its name where there is room),
/// the fitted line and its prediction band: how far a node's estimate can be off.
/// </summary>
public static class CalibrationChart
{
    public const int Number = 3;

    public static Chart Build(IReadOnlyList<CalibrationPoint> references, CalibrationCurve fit)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(fit);
        if (references.Count == 0)
        {
            throw new ArgumentException("Chart 3 needs at least one reference node.", nameof(references));
        }

        var xs = references.Select(r => r.Score).Concat(fit.PredictionBand.Select(b => b.X)).ToArray();
        var (xMin, xMax) = (Math.Min(0, xs.Min()), xs.Max());
        var ys = references.Select(r => r.Hs06).Concat(fit.PredictionBand.SelectMany(b => new[] { b.Low, b.High })).ToArray();
        var (yMin, yMax) = (Math.Min(0, ys.Min()), ys.Max());
        var x = Axis.Linear("Node score", ChartText.ScoreUnit, xMin, xMax);
        var y = Axis.Linear(fit.Unit == Core.Factors.AccountingUnit.HS23 ? "Measured HEPscore23" : "Measured HEP-SPEC06", fit.Unit.ToString(), yMin, yMax);
        var level = fit.Level.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);
        var figure = new Figure
        {
            Title = $"Calibration: {fit.Unit} against Calibrate score of reference nodes",
            Subtitle = fit.Description,
            X = x,
            Y = y,
            Series =
            [
                new BandSeries { Name = $"{level} prediction band", Color = Palette.SkyBlue, Points = fit.PredictionBand, Opacity = 0.3 },
                new LineSeries { Name = "Fit", Color = Palette.Blue, Points = [new DataPoint(x.Min, fit.Predict(x.Min)), new DataPoint(xMax, fit.Predict(xMax))] },
                new PointSeries
                {
                    Name = "Reference nodes",
                    Color = Palette.Orange,
                    Marker = Marker.Square,
                    LabelsClearOfData = true,
                    Points = [.. references.Select(r => new DataPoint(r.Score, r.Hs06) { Label = r.Node })],
                },
            ],
        };
        return new Chart(Number, "calibration", ClipFit(figure), Data(references, fit));
    }

    /// <summary>The fit line may start below the HS06 axis (negative intercept): start it where it enters.</summary>
    private static Figure ClipFit(Figure figure)
    {
        var line = (LineSeries)figure.Series[1];
        var (a, b) = (line.Points[0], line.Points[1]);
        if (a.Y >= figure.Y.Min || b.Y <= a.Y)
        {
            return figure;
        }

        var t = (figure.Y.Min - a.Y) / (b.Y - a.Y);
        var clipped = line with { Points = [new DataPoint(a.X + (t * (b.X - a.X)), figure.Y.Min), b] };
        return figure with { Series = [figure.Series[0], clipped, figure.Series[2]] };
    }

    private static CsvTable Data(IReadOnlyList<CalibrationPoint> references, CalibrationCurve fit) => new(
        ["kind", "node", "score", "hs06", "fitted_hs06", "band_low", "band_high"],
        [
            .. references.Select(r => (IReadOnlyList<string>)
                ["reference", r.Node, ValueFormat.Raw(r.Score), ValueFormat.Raw(r.Hs06), ValueFormat.Raw(fit.Predict(r.Score)), string.Empty, string.Empty]),
            .. fit.PredictionBand.Select(b => (IReadOnlyList<string>)
                ["band", string.Empty, ValueFormat.Raw(b.X), string.Empty, ValueFormat.Raw(fit.Predict(b.X)), ValueFormat.Raw(b.Low), ValueFormat.Raw(b.High)]),
        ]);
}
