using Calibrate.Reports.Layout;
using Calibrate.Reports.Plotting;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.TickGenerators;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// Titles, axis captions, ticks and grid of a plot. ScottPlot gets the tick labels already formatted (invariant culture,
/// <see cref="NiceTicks"/>, <see cref="TimeTicks"/>, category names) and already thinned, rotated or truncated by
/// <see cref="TickLayout"/>, since it neither formats culture-free by itself nor keeps rotated labels apart or inside
/// their margin; the margins it then lays out are widened where rotated labels need the room.
/// </summary>
internal sealed class PlotAxes(Plot plot, Figure figure, TextMeasure measure)
{
    public const double TitleSize = 18, SubtitleSize = 13, CaptionSize = 13;

    private const float TickLength = 4;

    /// <summary>Pixels between the tick marks' ends and the labels, between the labels and the caption, and around the titles.</summary>
    private const double LabelGap = 4, CaptionGap = 8, Pad = 8;

    /// <summary>The least share of the drawing's height the plot area keeps, however long the rotated labels.</summary>
    private const double MinPlotShare = 0.3;

    private readonly TitlePanel subtitle = new();

    public void Titles()
    {
        // Frames and tick marks in grey; every text set below in the text colour.
        plot.Axes.Color(Ink.Axis);
        plot.Axes.Title.Label.FontSize = (float)TitleSize;
        plot.Axes.Title.Label.ForeColor = Ink.Text;
        if (figure.Subtitle is not null)
        {
            subtitle.Label.FontSize = (float)SubtitleSize;
            subtitle.Label.Bold = false;
            subtitle.Label.ForeColor = Ink.Subtle;
            plot.Axes.AddPanel(subtitle);
        }

        plot.Axes.SetLimits(figure.X.Min, figure.X.Max, figure.Y.Min, figure.Y.Max);
        plot.Grid.MajorLineColor = Ink.Grid;
        plot.Grid.XAxisStyle.IsVisible = figure.X.Kind != AxisKind.Category;
        plot.Grid.YAxisStyle.IsVisible = figure.Y.Kind != AxisKind.Category;
    }

    /// <summary>
    /// Chooses and sets both axes' tick labels for the plot area <paramref name="frame"/> (an estimate before the first
    /// layout, then ScottPlot's own), and the bottom and left margins rotated labels need.
    /// </summary>
    public void Ticks(PixelFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);

        // ScottPlot centres the titles over the plot area: they may reach as far as its centre is from either edge.
        var centre = (frame.Left + frame.Right) / 2;
        var titleWidth = 2 * (Math.Min(centre, figure.Width - centre) - Pad);
        plot.Axes.Title.Label.Text = measure.Truncate(figure.Title, TitleSize, titleWidth);
        subtitle.Label.Text = measure.Truncate(figure.Subtitle ?? string.Empty, SubtitleSize, titleWidth);
        Caption(plot.Axes.Bottom, figure.X.Caption, frame.Width);
        Caption(plot.Axes.Left, figure.Y.Caption, frame.Height);
        var captionHeight = measure.Height(CaptionSize);

        // Rotated labels never squeeze the plot area below 30% of the height: they are shortened instead.
        var room = (figure.Height * (1 - MinPlotShare)) - frame.Top - (TickLength + LabelGap + CaptionGap + captionHeight + LabelGap);
        var x = TickLayout.ForX([.. figure.X.Ticks.Select(t => t.Label)], Slot(figure.X, frame.Width), figure.X.Kind == AxisKind.Category, measure,
            TickLayout.RotatedWidthFor(room, measure));
        var y = TickLayout.ForY([.. figure.Y.Ticks.Select(t => t.Label)], Slot(figure.Y, frame.Height), figure.Width * 0.22, measure);
        if (x.Angle == 0 && StartsAtMinimum(figure.X) && StartsAtMinimum(figure.Y) && x.Labels.Count > 0 && x.Labels[0].Length > 0)
        {
            // Both axes label their minimum: the two labels meet in the lower left corner. The X one stays.
            y = y.WithoutFirst();
        }

        Set(plot.Axes.Bottom, figure.X, x);
        Set(plot.Axes.Left, figure.Y, y);
        var bottom = plot.Axes.Bottom;
        if (x.Angle != 0)
        {
            bottom.TickLabelStyle.Rotation = (float)x.Angle;
            bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;

            // ScottPlot puts the label's end on the tick mark's end: move it clear, down and along the text's direction.
            bottom.TickLabelStyle.OffsetY = (float)LabelGap;
            bottom.MinimumSize = (float)(TickLength + LabelGap + x.Extent + CaptionGap + captionHeight + LabelGap);

            // The first rotated label hangs left of its tick by about its extent: the left margin must hold it.
            var hang = x.Extent - (Slot(figure.X, frame.Width) / 2) + LabelGap;
            plot.Axes.Left.MinimumSize = (float)Math.Clamp(hang, 0, figure.Width * 0.3);
        }
        else
        {
            bottom.TickLabelStyle.Rotation = 0;
            bottom.TickLabelStyle.Alignment = Alignment.UpperCenter;
            bottom.TickLabelStyle.OffsetY = 0;
            bottom.MinimumSize = 0;
            plot.Axes.Left.MinimumSize = 0;
        }
    }

    private static bool StartsAtMinimum(Plotting.Axis axis) =>
        axis.Kind != AxisKind.Category && axis.Ticks.Count > 0 && Math.Abs(axis.Ticks[0].Value - axis.Min) < 1e-9 * Math.Max(1, Math.Abs(axis.Max - axis.Min));

    private void Caption(IAxis axis, string caption, double maxWidth)
    {
        axis.Label.Text = measure.Truncate(caption, CaptionSize, maxWidth);
        axis.Label.FontSize = (float)CaptionSize;
        axis.Label.Bold = false;
        axis.Label.ForeColor = Ink.Text;
    }

    private static void Set(IAxis axis, Plotting.Axis model, TickLayout layout)
    {
        axis.TickGenerator = new NumericManual([.. model.Ticks.Select(t => t.Value)], [.. layout.Shown]);
        axis.TickLabelStyle.FontSize = (float)TickLayout.FontSize;
        axis.TickLabelStyle.ForeColor = Ink.Text;
        axis.MajorTickStyle.Length = TickLength;
        axis.MinorTickStyle.Length = 0;
    }

    /// <summary>Pixels between neighbouring ticks.</summary>
    private static double Slot(Plotting.Axis axis, double length) => axis.Ticks.Count < 2
        ? length
        : length * Math.Abs(axis.Ticks[1].Value - axis.Ticks[0].Value) / Math.Max(axis.Max - axis.Min, double.Epsilon);
}
