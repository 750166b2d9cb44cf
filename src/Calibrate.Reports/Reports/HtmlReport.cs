using System.Net;
using System.Text;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Reports;

/// <summary>
/// One self-contained HTML file: inline CSS, each chart as inline SVG (drawn by ScottPlot, heat-map cells as vector
/// rectangles), each chart's figures as a CSV download in a data: URI. No script, font, image or stylesheet is fetched,
/// so the report opens offline, from a mail attachment or an air-gapped site, and looks the same everywhere.
/// </summary>
public static class HtmlReport
{
    private const string Css = """
        body { font-family: "DejaVu Sans", Verdana, Arial, Helvetica, sans-serif; color: #222; margin: 24px auto; max-width: 1000px; padding: 0 16px; }
        h1 { font-size: 24px; margin-bottom: 4px; }
        p.meta { color: #555; margin-top: 0; }
        table { border-collapse: collapse; margin: 16px 0; font-size: 14px; }
        th, td { border-bottom: 1px solid #DDD; padding: 4px 10px; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        thead th { border-bottom: 2px solid #6E6E6E; }
        tr.baseline td { font-weight: bold; }
        figure { margin: 28px 0; }
        figure svg { max-width: 100%; height: auto; border: 1px solid #EEE; }
        figcaption { font-size: 13px; color: #555; }
        ul.notes { font-size: 13px; color: #444; }
        """;

    public static string Render(ReportInput input, IReadOnlyList<ChartDrawing> charts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(charts);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Html(input.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n")
          .Append("<h1>").Append(Html(input.Title)).Append("</h1>\n<p class=\"meta\">")
          .Append(Html(Meta(input))).Append("</p>\n");
        if (input.Labels.Count == 0)
        {
            sb.Append("<p>").Append(Html(SummaryTable.NoLabels)).Append("</p>\n");
        }
        else
        {
            AppendTable(sb, SummaryTable.From(input.Labels), input.Labels);
        }

        if (input.Notes.Count > 0)
        {
            sb.Append("<ul class=\"notes\">\n");
            foreach (var note in input.Notes)
            {
                sb.Append("<li>").Append(Html(note)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        foreach (var (chart, svg, _) in charts)
        {
            sb.Append("<figure id=\"").Append(chart.FileStem).Append("\">\n")
              .Append(svg)
              .Append("<figcaption>Chart ").Append(ValueFormat.Count(chart.Number)).Append(": ").Append(Html(chart.Figure.Title))
              .Append(". <a download=\"").Append(chart.FileStem).Append(".csv\" href=\"data:text/csv;charset=utf-8,")
              .Append(Uri.EscapeDataString(CsvWriter.Write(chart.Data))).Append("\">Figures (CSV)</a></figcaption>\n</figure>\n");
        }

        return sb.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The line under the title: when, from how many results, against which baseline.</summary>
    public static string Meta(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var baseline = input.Baseline is null ? string.Empty : $"; baseline: {input.Baseline}";
        return $"Generated {ValueFormat.Utc(input.GeneratedUtc)} from {ValueFormat.Quantity(input.ResultCount, "result")}, {ValueFormat.Quantity(input.Labels.Count, "label")}{baseline}.";
    }

    private static void AppendTable(StringBuilder sb, CsvTable table, IReadOnlyList<LabelScore> labels)
    {
        sb.Append("<table>\n<thead><tr>");
        foreach (var header in table.Headers)
        {
            sb.Append("<th scope=\"col\">").Append(Html(header)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            sb.Append(labels[i].IsBaseline ? "<tr class=\"baseline\">" : "<tr>");
            foreach (var cell in table.Rows[i])
            {
                sb.Append("<td>").Append(Html(cell)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
