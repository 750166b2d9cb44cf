using System.Text.RegularExpressions;
using System.Xml.Linq;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Rendering;
using Calibrate.Reports.Tests.Browser;
using Calibrate.Reports.Tests.Charts;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Rendering;

/// <summary>What ScottPlot writes for the charts, as SVG and as PNG.</summary>
public sealed partial class ChartOutputTests
{
    private static readonly XNamespace Svg = SvgTexts.Svg;

    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Svg_is_xml_with_its_title_scales_and_has_the_axis_captions(int number)
    {
        var chart = AllCharts.Small(number);
        using var rendered = ChartRenderer.Render(chart.Figure, idPrefix: chart.FileStem);
        var svg = rendered.Svg();
        Assert.That(svg, Does.StartWith("<svg "), "no XML declaration: the same text is inlined in the HTML");
        var root = XDocument.Parse(svg).Root!;
        Assert.That(root.Name, Is.EqualTo(Svg + "svg"));
        Assert.That(root.Attribute("viewBox")!.Value, Is.EqualTo("0 0 960 540"));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo(chart.Figure.Title));
        var texts = root.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToArray();
        Assert.That(texts, Does.Contain(chart.Figure.Title).And.Contain(chart.Figure.X.Caption).And.Contain(chart.Figure.Y.Caption));
    }

    [Test]
    public void The_same_chart_is_the_same_text_however_many_were_drawn_before()
    {
        // ScottPlot numbers clip paths from a process-wide counter; the ids are renumbered per chart.
        var figure = AllCharts.Small(2).Figure;
        string first, second;
        using (var a = ChartRenderer.Render(figure, idPrefix: "c2"))
        {
            first = a.Svg();
        }

        using (var b = ChartRenderer.Render(figure, idPrefix: "c2"))
        {
            second = b.Svg();
        }

        Assert.That(second, Is.EqualTo(first));
        Assert.That(ClipId().Matches(first).Select(m => m.Groups[1].Value), Is.All.StartWith("c2-cl"));
        Assert.That(first, Does.Not.Contain("\"cl_").And.Not.Contain("#cl_"));
    }

    [Test]
    public void Heat_map_cells_are_vector_rectangles_not_a_smoothed_bitmap()
    {
        var chart = KernelRatioChart.Build(Fixtures.KernelRatios(6), "bare");
        using var rendered = ChartRenderer.Render(chart.Figure);
        var doc = XDocument.Parse(rendered.Svg());
        var scale = chart.Figure.ColorScale!;
        var cellFills = ((HeatMapSeries)chart.Figure.Series[0]).Cells.Select(c => scale.ColorOf(c.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The one bitmap is the colour bar's gradient, and it is marked so that no browser smooths it.
        Assert.That(doc.Descendants(Svg + "image").Select(i => i.Attribute("style")?.Value), Is.All.EqualTo("image-rendering:pixelated"));
        Assert.That(doc.Descendants(Svg + "image").Select(i => i.Attribute("width")?.Value), Is.All.EqualTo("1"));
        Assert.That(doc.Descendants(Svg + "rect").Count(r => cellFills.Contains(r.Attribute("fill")?.Value ?? string.Empty)), Is.GreaterThanOrEqualTo(5 * 8));
    }

    [Test]
    public void Hostile_labels_are_escaped()
    {
        var nasty = "a<b & \"c\" 'd' </svg><script>x</script>";
        var figure = new Figure
        {
            Title = nasty,
            X = Axis.Category(nasty, [nasty, "ok"]),
            Y = Axis.Linear(nasty, nasty, 0, 1),
            Series = [new PointSeries { Name = nasty, Color = Palette.Blue, Points = [new DataPoint(0, 0.5) { Label = nasty }] }],
            Annotations = [Annotation.Horizontal(0.2, nasty, Palette.Black)],
        };
        using var rendered = ChartRenderer.Render(figure);
        var doc = XDocument.Parse(rendered.Svg());
        Assert.That(doc.Descendants(Svg + "script"), Is.Empty);
        Assert.That(doc.Root!.Element(Svg + "title")!.Value, Is.EqualTo(nasty));
        Assert.That(doc.Descendants(Svg + "text").Select(t => t.Value.Trim()), Does.Contain(nasty));
    }

    [Test]
    public void Tick_labels_and_coordinates_use_a_decimal_point_under_german_culture()
    {
        using var culture = new CultureScope("de-DE");
        using var rendered = ChartRenderer.Render(AllCharts.Small(1).Figure);
        var svg = rendered.Svg();
        var ticks = XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim()).Where(t => TickNumber().IsMatch(t)).ToArray();
        Assert.That(ticks, Does.Contain("11.5").And.Contain("12.0"));
        Assert.That(ticks, Has.None.Contains(","));
        Assert.That(svg, Does.Not.Match("(x|y|width|height|cx|cy)=\"-?\\d+,\\d"));
    }

    [Test]
    public void Png_has_the_figures_size_text_and_palette()
    {
        var figure = ScalingChart.Build(Fixtures.Scaling()).Figure with { Width = 1200, Height = 700 };
        using var rendered = ChartRenderer.Render(figure);
        var image = PngDecoder.Decode(rendered.Png());
        Assert.That((image.Width, image.Height), Is.EqualTo((1200, 700)));
        var colours = PngColours.Distinct(image);
        Assert.That(colours, Has.Count.GreaterThan(100), "a blank or near-blank image");
        foreach (var hex in new[] { Palette.Blue, Palette.Orange, Palette.BluishGreen, Palette.Vermillion })
        {
            Assert.That(PngColours.Contains(colours, hex), Is.True, $"palette colour {hex} not in the PNG");
        }

        // Text is drawn: the title row (above the plot area) holds dark pixels.
        Assert.That(PngColours.DarkPixels(image, 0, 0, image.Width, (int)rendered.Frame.Top - 20), Is.GreaterThan(200));
    }

    [Test]
    public void A_size_outside_the_bounds_is_refused()
    {
        var figure = AllCharts.Small(1).Figure;
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.Render(figure with { Width = Figure.MinWidth - 1 }).Dispose());
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.Render(figure with { Height = Figure.MaxHeight + 1 }).Dispose());
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex TickNumber();
}
