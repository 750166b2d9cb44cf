using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Calibrate.Reports.Layout;
using Calibrate.Reports.Rendering;
using SkiaSharp;

namespace Calibrate.Reports.Tests.Rendering;

/// <summary>
/// What ScottPlot really drew, read back from its SVG: every text as an oriented box (its glyph positions and transform
/// from the SVG, its height from the font's ascent and descent, the last glyph's advance measured in DejaVu Sans), and
/// the legend's frame. The collision tests check these, not the layout's intentions.
/// </summary>
public static partial class SvgTexts
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IReadOnlyList<TextBox> Boxes(string svg)
    {
        var (regular, bold) = ChartFont.System.Find();
        using var regularFace = SKTypeface.FromFile(regular);
        using var boldFace = SKTypeface.FromFile(bold ?? regular);
        var boxes = new List<TextBox>();
        foreach (var text in XDocument.Parse(svg).Descendants(Svg + "text"))
        {
            var content = text.Value.Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var size = Number(text.Attribute("font-size")!.Value);
            var isBold = text.Attribute("font-weight")?.Value is "bold" or "600" or "700" or "800" or "900";
            using var font = new SKFont(isBold ? boldFace : regularFace, (float)size);
            var xs = Numbers(text.Attribute("x")!.Value);
            var baseline = Numbers(text.Attribute("y")!.Value)[0];
            var left = xs[0];
            var right = xs[^1] + font.MeasureText(content[^1..]);
            var (top, bottom) = (baseline + font.Metrics.Ascent, baseline + font.Metrics.Descent);
            var (a, b, c, d, e, f) = Transform(text.Attribute("transform")?.Value);
            var (cx, cy) = ((left + right) / 2, (top + bottom) / 2);
            boxes.Add(new TextBox(content, (a * cx) + (c * cy) + e, (b * cx) + (d * cy) + f, right - left, bottom - top, Math.Atan2(b, a) * 180 / Math.PI));
        }

        return boxes;
    }

    /// <summary>The legend's frame: the unfilled, stroked rectangle around the first legend entry's text.</summary>
    public static TextBox LegendFrame(string svg, string firstEntry)
    {
        // A long entry is drawn truncated, with an ellipsis.
        var entry = Boxes(svg).First(b => b.Text == firstEntry || (b.Text.EndsWith('\u2026') && firstEntry.StartsWith(b.Text[..^1], StringComparison.Ordinal)));
        return XDocument.Parse(svg).Descendants(Svg + "rect")
            .Where(r => r.Attribute("fill")?.Value == "none" && r.Attribute("stroke") is not null && r.Attribute("transform") is null)
            .Select(r => (X: Number(r.Attribute("x")!.Value), Y: Number(r.Attribute("y")!.Value), W: Number(r.Attribute("width")!.Value), H: Number(r.Attribute("height")!.Value)))
            .Where(r => entry.InsideRect(r.X, r.Y, r.X + r.W, r.Y + r.H))
            .Select(r => new TextBox("legend", r.X + (r.W / 2), r.Y + (r.H / 2), r.W, r.H, 0))
            .First();
    }

    private static (double, double, double, double, double, double) Transform(string? transform)
    {
        if (transform is null)
        {
            return (1, 0, 0, 1, 0, 0);
        }

        var values = Numbers(Arguments().Match(transform).Groups[1].Value);
        return transform.StartsWith("translate", StringComparison.Ordinal)
            ? (1, 0, 0, 1, values[0], values.Count > 1 ? values[1] : 0)
            : transform.StartsWith("matrix", StringComparison.Ordinal)
                ? (values[0], values[1], values[2], values[3], values[4], values[5])
                : throw new FormatException($"Unexpected transform {transform}.");
    }

    private static List<double> Numbers(string text) =>
        [.. text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(Number)];

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex Arguments();
}
