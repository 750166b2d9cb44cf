using Calibrate.Reports.Layout;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Tests.Layout;

/// <summary>
/// Labels inside the plot area, placed in pixels before ScottPlot draws them: inside the plot area (so never over the
/// legend, the axes or the titles around it), never over each other, and left out where there is no room.
/// </summary>
public sealed class InPlotLabelsTests
{
    private static readonly Axis X = Axis.Linear("Copies", "count", 0, 2);
    private static readonly Axis Y = Axis.Linear("Node score", "Calibrate score", 0, 40);
    private static readonly PixelFrame Frame = new(60, 70, 760, 490, X, Y);

    private static Figure Figure(params Annotation[] annotations) => new()
    {
        Title = "t",
        X = X,
        Y = Y,
        Series = [new PointSeries { Name = "s", Color = Palette.Blue, Points = [new DataPoint(1, 20), new DataPoint(2, 38)] }],
        Annotations = annotations,
    };

    [Test]
    public void A_label_of_a_line_on_the_right_edge_stays_inside_the_plot_area()
    {
        // The report of issue 14: "optimum: 2 copies" on the last copy count was drawn right of the frame, over the legend.
        var layout = InPlotLabels.Place(Figure(Annotation.Vertical(2, "optimum: 2 copies", Palette.Black)), Frame, new FixedWidthMeasure());
        var label = layout.Labels.Single();
        Assert.That(label.Box.InsideRect(Frame.Left, Frame.Top, Frame.Right, Frame.Bottom), Is.True);
        Assert.That(label.AnchorX, Is.EqualTo(1), "set left of the line, ending at it");
        Assert.That(label.Box.CenterX + (label.Box.Width / 2), Is.LessThanOrEqualTo(Frame.PixelX(2)));
    }

    [Test]
    public void Labels_of_lines_at_the_same_place_stack_and_the_rest_are_dropped()
    {
        var many = Enumerable.Range(0, 20).Select(i => Annotation.Vertical(1, $"reference line {i}", Palette.Grey)).ToArray();
        var layout = InPlotLabels.Place(Figure(many), Frame, new FixedWidthMeasure());
        Assert.That(layout.Labels, Has.Count.EqualTo(12), "6 rows, either side of the line");
        Assert.That(layout.Dropped, Is.EqualTo(8));
        for (var i = 0; i < layout.Labels.Count; i++)
        {
            for (var j = i + 1; j < layout.Labels.Count; j++)
            {
                Assert.That(layout.Labels[i].Box.Overlaps(layout.Labels[j].Box), Is.False, $"{layout.Labels[i].Text} / {layout.Labels[j].Text}");
            }
        }
    }

    [Test]
    public void A_line_outside_the_axes_gets_no_label()
    {
        var layout = InPlotLabels.Place(Figure(Annotation.Horizontal(55, "above the axis", Palette.Grey)), Frame, new FixedWidthMeasure());
        Assert.That(layout.Labels, Is.Empty);
    }

    [Test]
    public void Heat_map_values_are_printed_only_where_they_fit_their_cell()
    {
        var figure = new Figure
        {
            Title = "t",
            X = Axis.Category("Label", ["a", "b"]),
            Y = Axis.Category("Kernel", ["k"]),
            Series = [new HeatMapSeries { Color = Palette.Grey, Cells = [new HeatCell(0, 0, 0.9, "0.90"), new HeatCell(1, 0, 1.1, new string('9', 80))] }],
            ColorScale = new ColorScale(0.8, 1, 1.2, Palette.Vermillion, Palette.Blue, "Ratio"),
        };
        var layout = InPlotLabels.Place(figure, Frame with { X = figure.X, Y = figure.Y }, new FixedWidthMeasure());
        Assert.That(layout.Labels.Select(l => l.Text), Is.EqualTo(new[] { "0.90" }));
        Assert.That(layout.Dropped, Is.EqualTo(1));
        Assert.That(layout.Labels[0].Color, Is.EqualTo(Contrast.TextOn(figure.ColorScale.ColorOf(0.9))));
    }
}
