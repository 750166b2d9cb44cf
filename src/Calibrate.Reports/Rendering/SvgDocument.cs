using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// ScottPlot's SVG made fit to embed and to diff: the XML declaration dropped (the same text is a standalone file and
/// inline HTML); a viewBox, so the drawing scales with the page instead of being cut off; role="img" and a title for
/// screen readers; a font fallback for viewers without DejaVu Sans (Verdana has near-identical metrics); embedded
/// bitmaps (the colour bar's gradient) marked image-rendering: pixelated, so a browser never blurs them; and the
/// clip-path and image ids, which ScottPlot numbers from a process-wide counter, renumbered from 1 under a per-chart
/// prefix, so the same chart is the same text in every run and ids stay unique when several charts share a page.
/// </summary>
public static partial class SvgDocument
{
    public const string FontFallback = "DejaVu Sans, Verdana, sans-serif";

    public static string Tidy(string svg, string title, string idPrefix, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(idPrefix);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var openEnd = svg.IndexOf('>', start);
        if (start < 0 || openEnd < 0)
        {
            throw new FormatException("Not an SVG document.");
        }

        var sb = new StringBuilder(svg.Length + 256);
        sb.Append(svg, start, openEnd - start)
          .Append(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\" role=\"img\">\n")
          .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        sb.Append(svg, openEnd + 1, svg.Length - openEnd - 1);
        var text = sb.ToString()
            .Replace($"font-family=\"{ChartFont.Family}\"", $"font-family=\"{FontFallback}\"", StringComparison.Ordinal)
            .Replace("<image ", "<image style=\"image-rendering:pixelated\" ", StringComparison.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ScottPlotId().Replace(text, m =>
        {
            if (!ids.TryGetValue(m.Value, out var renamed))
            {
                renamed = string.Create(CultureInfo.InvariantCulture, $"{idPrefix}-{m.Groups[1].Value}{ids.Count + 1}");
                ids.Add(m.Value, renamed);
            }

            return renamed;
        });
    }

    /// <summary>ScottPlot's (Skia's) generated ids, hexadecimal: cl_1f for clip paths, img_0 for images, where they are defined or used (never in text).</summary>
    [GeneratedRegex("""(?<=\bid="|url\(#|href="#)(cl|img)_[0-9a-f]+(?=[")])""")]
    private static partial Regex ScottPlotId();
}
