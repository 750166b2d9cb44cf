using Calibrate.Reports.Layout;
using ScottPlot;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// Hands ScottPlot the labels <see cref="InPlotLabels"/> placed: each a text at its anchor point (converted from pixels
/// back to data, which is exact once the layout is fixed), aligned by the same anchor, with its halo as a padded white
/// background; and the leader lines of moved labels.
/// </summary>
internal static class PlotLabels
{
    public static void Add(Plot plot, PixelFrame frame, InPlotLayout layout)
    {
        foreach (var leader in layout.Leaders)
        {
            var line = plot.Add.Line(frame.DataX(leader.X1), frame.DataY(leader.Y1), frame.DataX(leader.X2), frame.DataY(leader.Y2));
            line.LineColor = Ink.Leader;
            line.LineWidth = 0.8f;
        }

        foreach (var label in layout.Labels)
        {
            var text = plot.Add.Text(label.Text, frame.DataX(label.X), frame.DataY(label.Y));
            text.LabelAlignment = AlignmentOf(label.AnchorX, label.AnchorY);
            text.LabelFontName = ChartFont.Family;
            text.LabelFontSize = (float)label.FontSize;
            text.LabelFontColor = Ink.Of(label.Color);
            if (label.Halo)
            {
                text.LabelBackgroundColor = Ink.Halo;
                text.LabelPadding = (float)InPlotLabels.HaloPadding;
            }
        }
    }

    private static Alignment AlignmentOf(double x, double y) => (x, y) switch
    {
        (0, 0) => Alignment.UpperLeft,
        (0.5, 0) => Alignment.UpperCenter,
        (1, 0) => Alignment.UpperRight,
        (0, 0.5) => Alignment.MiddleLeft,
        (0.5, 0.5) => Alignment.MiddleCenter,
        (1, 0.5) => Alignment.MiddleRight,
        (0, 1) => Alignment.LowerLeft,
        (0.5, 1) => Alignment.LowerCenter,
        (1, 1) => Alignment.LowerRight,
        _ => throw new ArgumentOutOfRangeException(nameof(x), "Anchors are 0, 0.5 or 1 of the width and height."),
    };
}
