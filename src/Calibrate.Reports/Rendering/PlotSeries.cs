using Calibrate.Reports.Plotting;
using ScottPlot;
using ScottPlot.Plottables;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// Each kind of series as ScottPlot plottables, in the figure's order (bands first keeps points and lines on top). A
/// named series gets one legend entry, on the plottable that shows its marker or line; the rest carry none.
/// </summary>
internal static class PlotSeries
{
    private const float ErrorBarWidth = 1.5f, CapSize = 8, LineWidth = 2, ConnectWidth = 1.5f, ReferenceLineWidth = 1.5f;

    /// <summary>Highlighted points (outliers) are drawn this much larger than the others.</summary>
    private const double HighlightScale = 1.4;

    public static void Add(Plot plot, Figure figure)
    {
        foreach (var series in figure.Series)
        {
            switch (series)
            {
                case BandSeries band:
                    var fill = plot.Add.FillY([.. band.Points.Select(p => p.X)], [.. band.Points.Select(p => p.Low)], [.. band.Points.Select(p => p.High)]);
                    fill.FillColor = Ink.Of(band.Color).WithAlpha(band.Opacity);
                    fill.LineWidth = 0;
                    fill.LegendText = band.Name ?? string.Empty;
                    break;
                case LineSeries line:
                    var path = plot.Add.ScatterLine(line.Points.Select(p => p.X).ToArray(), line.Points.Select(p => p.Y).ToArray(), Ink.Of(line.Color));
                    path.LineWidth = LineWidth;
                    path.LinePattern = line.Dashed ? LinePattern.Dashed : LinePattern.Solid;
                    path.LegendText = line.Name ?? string.Empty;
                    break;
                case PointSeries points:
                    AddPoints(plot, points);
                    break;
                case BoxSeries boxes:
                    AddBoxes(plot, boxes);
                    break;
                case HeatMapSeries heat:
                    AddCells(plot, heat, figure.ColorScale);
                    break;
                default:
                    throw new NotSupportedException($"No renderer for {series.GetType().Name}.");
            }
        }

        foreach (var annotation in figure.Annotations)
        {
            // Dashed, so a reference line does not read as data; its label is placed with the others (InPlotLabels).
            if (annotation.Kind == AnnotationKind.HorizontalLine)
            {
                plot.Add.HorizontalLine(annotation.Y, ReferenceLineWidth, Ink.Of(annotation.Color), LinePattern.Dashed);
            }
            else
            {
                plot.Add.VerticalLine(annotation.X, ReferenceLineWidth, Ink.Of(annotation.Color), LinePattern.Dashed);
            }
        }
    }

    /// <summary>Error bars under the markers; the markers (joined by a line if asked) carry the legend entry.</summary>
    private static void AddPoints(Plot plot, PointSeries series)
    {
        var color = Ink.Of(series.Color);
        var withInterval = series.Points.Where(p => p.Low is not null && p.High is not null).ToArray();
        if (withInterval.Length > 0)
        {
            var bars = new ErrorBar(
                withInterval.Select(p => p.X).ToArray(),
                withInterval.Select(p => p.Y).ToArray(),
                xErrorsPositive: null,
                xErrorsNegative: null,
                yErrorsPositive: withInterval.Select(p => p.High!.Value - p.Y).ToArray(),
                yErrorsNegative: withInterval.Select(p => p.Y - p.Low!.Value).ToArray())
            {
                Color = color,
                LineWidth = ErrorBarWidth,
                CapSize = CapSize,
            };
            plot.Add.Plottable(bars);
        }

        var plain = series.Points.Where(p => !p.Highlight || series.HighlightColor is null).ToArray();
        if (series.Connect)
        {
            plain = [.. plain.OrderBy(p => p.X)];
        }

        var scatter = plot.Add.Scatter(plain.Select(p => p.X).ToArray(), plain.Select(p => p.Y).ToArray(), color);
        scatter.LineWidth = series.Connect ? ConnectWidth : 0;
        Style(scatter, series.Marker, series.Size);
        scatter.LegendText = series.Name ?? string.Empty;
        var highlighted = series.Points.Where(p => p.Highlight && series.HighlightColor is not null).ToArray();
        if (highlighted.Length > 0)
        {
            var marks = plot.Add.Scatter(highlighted.Select(p => p.X).ToArray(), highlighted.Select(p => p.Y).ToArray(), Ink.Of(series.HighlightColor!));
            marks.LineWidth = 0;
            Style(marks, series.Marker, series.Size * HighlightScale);
        }
    }

    /// <summary>A white rim keeps overlapping markers apart; the shape tells series apart in grey-scale print.</summary>
    private static void Style(Scatter scatter, Plotting.Marker marker, double radius)
    {
        scatter.MarkerShape = marker switch
        {
            Plotting.Marker.Square => MarkerShape.FilledSquare,
            Plotting.Marker.Triangle => MarkerShape.FilledTriangleUp,
            Plotting.Marker.Diamond => MarkerShape.FilledDiamond,
            _ => MarkerShape.FilledCircle,
        };
        scatter.MarkerSize = (float)(2 * radius);
        scatter.MarkerLineColor = Colors.White;
        scatter.MarkerLineWidth = 0.8f;
    }

    private static void AddBoxes(Plot plot, BoxSeries series)
    {
        var color = Ink.Of(series.Color);
        var boxes = plot.Add.Boxes([.. series.Boxes.Select(b => new Box
        {
            Position = b.X,
            BoxMin = b.Q1,
            BoxMax = b.Q3,
            BoxMiddle = b.Median,
            WhiskerMin = b.WhiskerLow,
            WhiskerMax = b.WhiskerHigh,
            Width = 0.6,
        })]);
        boxes.FillColor = color.WithAlpha(0.18);
        boxes.LineColor = color;
        boxes.LineWidth = 1.5f;
        boxes.LegendText = series.Name ?? string.Empty;
    }

    /// <summary>
    /// Cells as rectangles rather than ScottPlot's heat-map bitmap: a browser smooths a scaled bitmap inside an SVG into
    /// a blur, while rectangles stay crisp at any zoom, in the PNG as in the SVG.
    /// </summary>
    private static void AddCells(Plot plot, HeatMapSeries heat, ColorScale? scale)
    {
        foreach (var cell in heat.Cells)
        {
            var rectangle = plot.Add.Rectangle(cell.Column - 0.5, cell.Column + 0.5, cell.Row - 0.5, cell.Row + 0.5);
            rectangle.FillColor = Ink.Of(scale?.ColorOf(cell.Value) ?? heat.Color);
            rectangle.LineColor = Colors.White;
            rectangle.LineWidth = 1;
        }
    }
}
