using System.Text;

namespace Calibrate.Reports.Svg;

/// <summary>
/// Appends SVG elements to a buffer, every coordinate through <see cref="SvgText.Number"/> and every text through
/// <see cref="SvgText.Escape"/>, and records where each text went (<see cref="LabelPlacer"/>), so the collision tests
/// check what was really drawn.
/// </summary>
public sealed class SvgCanvas
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    private readonly StringBuilder sb = new();

    public SvgCanvas(double width, double height, string title)
    {
        Width = width;
        Height = height;
        Placer = new LabelPlacer(width, height);
        sb.Append("<svg xmlns=\"").Append(Namespace).Append("\" width=\"").Append(SvgText.Number(width))
          .Append("\" height=\"").Append(SvgText.Number(height)).Append("\" viewBox=\"0 0 ")
          .Append(SvgText.Number(width)).Append(' ').Append(SvgText.Number(height))
          .Append("\" role=\"img\" font-family=\"")
          .Append(FontFamily).Append("\">\n<title>").Append(SvgText.Escape(title)).Append("</title>\n")
          .Append("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
    }

    /// <summary>Fonts found on Linux, macOS and Windows; <see cref="TextMetrics"/> estimates for the widest of them.</summary>
    public const string FontFamily = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

    public double Width { get; }

    public double Height { get; }

    public LabelPlacer Placer { get; }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        sb.Append("<line x1=\"").Append(SvgText.Number(x1)).Append("\" y1=\"").Append(SvgText.Number(y1))
          .Append("\" x2=\"").Append(SvgText.Number(x2)).Append("\" y2=\"").Append(SvgText.Number(y2))
          .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(SvgText.Number(width)).Append('"');
        if (dash is not null)
        {
            sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        sb.Append("/>\n");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null, double opacity = 1)
    {
        sb.Append("<rect x=\"").Append(SvgText.Number(x)).Append("\" y=\"").Append(SvgText.Number(y))
          .Append("\" width=\"").Append(SvgText.Number(Math.Max(width, 0))).Append("\" height=\"")
          .Append(SvgText.Number(Math.Max(height, 0))).Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            sb.Append(" stroke=\"").Append(stroke).Append('"');
        }

        if (opacity < 1)
        {
            sb.Append(" fill-opacity=\"").Append(SvgText.Number(opacity)).Append('"');
        }

        sb.Append("/>\n");
    }

    public void Circle(double cx, double cy, double r, string fill, string? stroke = null)
    {
        sb.Append("<circle cx=\"").Append(SvgText.Number(cx)).Append("\" cy=\"").Append(SvgText.Number(cy))
          .Append("\" r=\"").Append(SvgText.Number(r)).Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            sb.Append(" stroke=\"").Append(stroke).Append('"');
        }

        sb.Append("/>\n");
    }

    /// <summary>A polygon or polyline through the points; filled polygons take <paramref name="fill"/>.</summary>
    public void Path(IReadOnlyList<(double X, double Y)> points, string? stroke, string fill = "none", double opacity = 1, double width = 1.5, string? dash = null, bool close = false)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }

        sb.Append("<path d=\"");
        for (var i = 0; i < points.Count; i++)
        {
            sb.Append(i == 0 ? 'M' : 'L').Append(SvgText.Number(points[i].X)).Append(',').Append(SvgText.Number(points[i].Y));
        }

        if (close)
        {
            sb.Append('Z');
        }

        sb.Append("\" fill=\"").Append(fill).Append('"');
        if (opacity < 1)
        {
            sb.Append(" fill-opacity=\"").Append(SvgText.Number(opacity)).Append('"');
        }

        sb.Append(" stroke=\"").Append(stroke ?? "none").Append('"');
        if (stroke is not null)
        {
            sb.Append(" stroke-width=\"").Append(SvgText.Number(width)).Append('"');
        }

        if (dash is not null)
        {
            sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        sb.Append("/>\n");
    }

    /// <summary>Draws a text already placed (its <see cref="TextBox"/> from the placer).</summary>
    public void Text(double x, double y, string text, double fontSize, TextAnchor anchor, string fill = "#222222", double angle = 0, bool bold = false, bool halo = false)
    {
        sb.Append("<text x=\"").Append(SvgText.Number(x)).Append("\" y=\"").Append(SvgText.Number(y))
          .Append("\" font-size=\"").Append(SvgText.Number(fontSize)).Append('"');
        if (anchor != TextAnchor.Start)
        {
            sb.Append(" text-anchor=\"").Append(anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }

        if (angle != 0)
        {
            sb.Append(" transform=\"rotate(").Append(SvgText.Number(angle)).Append(' ').Append(SvgText.Number(x))
              .Append(' ').Append(SvgText.Number(y)).Append(")\"");
        }

        if (bold)
        {
            sb.Append(" font-weight=\"bold\"");
        }

        if (halo)
        {
            // A white outline drawn under the glyphs keeps a label legible where it crosses a line or a band.
            sb.Append(" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }

        sb.Append(" fill=\"").Append(fill).Append("\">").Append(SvgText.Escape(text)).Append("</text>\n");
    }

    /// <summary>Places (or forces) a text through the placer and draws it when placed.</summary>
    public bool TryText(double x, double y, string text, double fontSize, TextAnchor anchor, string fill = "#222222", double angle = 0, bool force = false, bool bold = false)
    {
        var box = TextBox.ForText(text, x, y, fontSize, anchor, angle);
        if (force)
        {
            Placer.Force(box);
        }
        else if (Placer.TryPlace(box) is null)
        {
            return false;
        }

        Text(x, y, text, fontSize, anchor, fill, angle, bold);
        return true;
    }

    /// <summary>
    /// Draws a label inside the plot area at the first candidate position where it collides with nothing (with a white
    /// halo, since it may cross data); false if none.
    /// </summary>
    public bool TryTextAt(string text, double fontSize, string fill, params ReadOnlySpan<(double X, double Y, TextAnchor Anchor)> candidates)
    {
        foreach (var (x, y, anchor) in candidates)
        {
            var box = TextBox.ForText(text, x, y, fontSize, anchor);
            if (Placer.IsFree(box))
            {
                Placer.Force(box);
                Text(x, y, text, fontSize, anchor, fill, halo: true);
                return true;
            }
        }

        Placer.NoteDropped();
        return false;
    }

    public void Raw(string markup) => sb.Append(markup);

    public string Finish() => sb.Append("</svg>\n").ToString();
}
