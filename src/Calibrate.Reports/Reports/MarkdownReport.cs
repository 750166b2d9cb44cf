using System.Text;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Reports;

/// <summary>
/// The Markdown summary: the same table as the HTML report (GitHub-flavoured pipe table), the notes, and links to the
/// chart SVGs, PNGs and CSVs next to it, for pasting into a ticket or a wiki page.
/// </summary>
public static class MarkdownReport
{
    public static string Render(ReportInput input, IReadOnlyList<Chart> charts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(charts);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Cell(input.Title)).Append("\n\n").Append(HtmlReport.Meta(input)).Append("\n\n");
        if (input.Labels.Count == 0)
        {
            sb.Append(SummaryTable.NoLabels).Append('\n');
        }
        else
        {
            var table = SummaryTable.From(input.Labels);
            sb.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).Append(" |\n");
            sb.Append('|').AppendJoin('|', table.Headers.Select((_, i) => i == 0 ? " :--- " : " ---: ")).Append("|\n");
            foreach (var row in table.Rows)
            {
                sb.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
            }
        }

        if (input.Notes.Count > 0)
        {
            sb.Append('\n');
            foreach (var note in input.Notes)
            {
                sb.Append("- ").Append(Cell(note)).Append('\n');
            }
        }

        if (charts.Count > 0)
        {
            sb.Append("\n## Charts\n\n");
            foreach (var chart in charts)
            {
                sb.Append("- Chart ").Append(ValueFormat.Count(chart.Number)).Append(": [").Append(Cell(chart.Figure.Title))
                  .Append("](").Append(chart.FileStem).Append(".svg) ([PNG](").Append(chart.FileStem).Append(".png), [figures](")
                  .Append(chart.FileStem).Append(".csv))\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Pipes would split the cell; newlines would end the row; brackets and backslashes would become markup.</summary>
    private static string Cell(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal)
        .Replace("]", "\\]", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
