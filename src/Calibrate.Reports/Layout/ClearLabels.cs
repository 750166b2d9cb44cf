using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Layout;

/// <summary>
/// Labels of a <see cref="PointSeries.LabelsClearOfData"/> series: each label goes to the first position, nearest first,
/// where it covers no marker, line, band or other label and stays inside the plot area; beyond the corners next to the
/// point a thin leader line ties it to its point. A label with no free position is left out, as everywhere else.
/// </summary>
public static class ClearLabels
{
    /// <summary>Each step moves a label this far along both axes, up to <see cref="MaxSteps"/> steps from its point.</summary>
    private const double Step = 9;

    private const int MaxSteps = 6;

    private const double LeaderGap = 2;

    /// <summary>Lines and band edges are cut into pieces this wide, so their bounding boxes hug a sloped edge.</summary>
    private const double SliceWidth = 4;

    /// <summary>Upper left and lower right first: a rising fit runs through the other two corners of a point on it.</summary>
    private static readonly (int Dx, int Dy)[] Directions = [(-1, -1), (1, 1), (1, -1), (-1, 1)];

    internal static void Place(LabelPlacer placer, List<PlacedLabel> labels, List<LeaderLine> leaders, TextMeasure measure,
        PixelFrame frame, PointSeries labelled, IReadOnlyList<Series> all)
    {
        var obstacles = Obstacles(frame, all);
        var size = InPlotLabels.PointLabelSize;
        var height = measure.Height(size) + (2 * InPlotLabels.HaloPadding);
        foreach (var p in labelled.Points.Where(p => p.Label is not null))
        {
            var (x, y) = (frame.PixelX(p.X), frame.PixelY(p.Y));
            var width = measure.Width(p.Label!, size) + (2 * InPlotLabels.HaloPadding);
            var near = labelled.Size + 3;
            var placed = false;
            for (var step = 0; step <= MaxSteps && !placed; step++)
            {
                var d = near + (step * Step);
                foreach (var (dx, dy) in Directions)
                {
                    // The label's corner nearest the point sits on the diagonal: right of and above for (1, -1), and so on.
                    var (ax, ay) = (dx > 0 ? 0.0 : 1.0, dy > 0 ? 0.0 : 1.0);
                    var (tx, ty) = (x + (dx * d), y + (dy * d));
                    var box = TextBox.Anchored(p.Label!, tx, ty, width, height, ax, ay);
                    if (obstacles.Exists(box.Overlaps) || !placer.IsFree(box))
                    {
                        continue;
                    }

                    if (step > 0)
                    {
                        var r = labelled.Size + LeaderGap;
                        leaders.Add(new LeaderLine(x + (dx * r), y + (dy * r), tx, ty));
                    }

                    placer.Force(box);
                    labels.Add(new PlacedLabel(p.Label!, tx, ty, ax, ay, size, InPlotLabels.LabelColor, Halo: true, box));
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                placer.NoteDropped();
            }
        }
    }

    private static List<TextBox> Obstacles(PixelFrame frame, IReadOnlyList<Series> series)
    {
        var boxes = new List<TextBox>();
        foreach (var s in series)
        {
            switch (s)
            {
                case PointSeries points:
                    boxes.AddRange(points.Points.Select(p => Box(frame.PixelX(p.X), frame.PixelY(p.Y), frame.PixelX(p.X), frame.PixelY(p.Y), points.Size + 1)));
                    break;
                case LineSeries line:
                    for (var i = 1; i < line.Points.Count; i++)
                    {
                        var (a, b) = (line.Points[i - 1], line.Points[i]);
                        AddSlices(boxes, frame, a.X, b.X, x => Lerp(a.X, a.Y, b.X, b.Y, x), x => Lerp(a.X, a.Y, b.X, b.Y, x), pad: 2);
                    }

                    break;
                case BandSeries band:
                    for (var i = 1; i < band.Points.Count; i++)
                    {
                        var (a, b) = (band.Points[i - 1], band.Points[i]);
                        AddSlices(boxes, frame, a.X, b.X, x => Lerp(a.X, a.Low, b.X, b.Low, x), x => Lerp(a.X, a.High, b.X, b.High, x), pad: 1);
                    }

                    break;
                default:
                    break;
            }
        }

        return boxes;
    }

    /// <summary>The region between <paramref name="low"/> and <paramref name="high"/> over [x0, x1], as thin boxes.</summary>
    private static void AddSlices(List<TextBox> boxes, PixelFrame frame, double x0, double x1, Func<double, double> low, Func<double, double> high, double pad)
    {
        var pieces = Math.Max(1, (int)Math.Ceiling(Math.Abs(frame.PixelX(x1) - frame.PixelX(x0)) / SliceWidth));
        for (var k = 0; k < pieces; k++)
        {
            var (u, v) = (x0 + ((x1 - x0) * k / pieces), x0 + ((x1 - x0) * (k + 1) / pieces));
            var ys = new[] { low(u), low(v), high(u), high(v) }.Select(frame.PixelY).ToArray();
            boxes.Add(Box(frame.PixelX(u), ys.Min(), frame.PixelX(v), ys.Max(), pad));
        }
    }

    private static TextBox Box(double x0, double y0, double x1, double y1, double pad) =>
        new(string.Empty, (x0 + x1) / 2, (y0 + y1) / 2, Math.Abs(x1 - x0) + (2 * pad), Math.Abs(y1 - y0) + (2 * pad), 0);

    private static double Lerp(double x0, double y0, double x1, double y1, double x) =>
        x1 == x0 ? y0 : y0 + ((y1 - y0) * (x - x0) / (x1 - x0));
}
