using System.Xml.Linq;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Svg;
using Calibrate.Reports.Tests.Charts;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Svg;

/// <summary>Every chart's SVG is well-formed XML in the SVG namespace, whatever the labels contain.</summary>
public sealed class SvgWellFormedTests
{
    private static readonly XNamespace SvgNs = SvgCanvas.Namespace;

    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Chart_svg_parses_as_xml(int number)
    {
        var chart = AllCharts.Small(number);
        var doc = XDocument.Parse(SvgWriter.Write(chart.Figure));
        Assert.That(doc.Root!.Name, Is.EqualTo(SvgNs + "svg"));
        Assert.That(doc.Root.Element(SvgNs + "title")!.Value, Is.EqualTo(chart.Figure.Title));
        Assert.That(doc.Descendants(SvgNs + "text").Select(t => t.Value), Does.Contain(TextMetrics.Truncate(chart.Figure.Y.Caption, SvgWriter.CaptionSize, 10_000)));
    }

    [Test]
    public void Hostile_labels_are_escaped()
    {
        var nasty = "a<b & \"c\" 'd' </svg><script>x</script>\u0001\uD800";
        var figure = new Figure
        {
            Title = nasty,
            X = Axis.Category(nasty, [nasty, "ok"]),
            Y = Axis.Linear(nasty, nasty, 0, 1),
            Series = [new PointSeries { Name = nasty, Color = Palette.Blue, Points = [new DataPoint(0, 0.5) { Label = nasty }] }],
            Annotations = [Annotation.Horizontal(0.2, nasty, Palette.Black)],
        };
        var doc = XDocument.Parse(SvgWriter.Write(figure));
        Assert.That(doc.Descendants(SvgNs + "script"), Is.Empty);
        Assert.That(doc.Root!.Element(SvgNs + "title")!.Value, Does.StartWith("a<b & \"c\" 'd' </svg>"));
    }

    [Test]
    public void Numbers_use_a_decimal_point_under_german_culture()
    {
        using var culture = new CultureScope("de-DE");
        var svg = SvgWriter.Write(AllCharts.Small(1).Figure);
        Assert.That(svg, Does.Not.Match("(x|y|x1|y1|x2|y2|width|height|r)=\"-?\\d+,\\d"));
    }
}
