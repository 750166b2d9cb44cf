using System.Text;

namespace Calibrate.Reports.Csv;

/// <summary>
/// CSV as RFC 4180 defines it (Shafranovich 2005, "Common Format and MIME Type for CSV Files"): CRLF line ends, a
/// header row, fields with a comma, quote, CR or LF enclosed in double quotes, quotes inside doubled. Numbers come
/// preformatted with '.' decimals, so a de-DE spreadsheet user and a script read the same file.
/// </summary>
public static class CsvWriter
{
    public static string Write(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        AppendRow(sb, table.Headers);
        foreach (var row in table.Rows)
        {
            if (row.Count != table.Headers.Count)
            {
                throw new ArgumentException($"A row has {row.Count} fields, the header {table.Headers.Count}.", nameof(table));
            }

            AppendRow(sb, row);
        }

        return sb.ToString();
    }

    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Quote(Core.Text.CsvCell.Neutralise(fields[i])));
        }

        sb.Append("\r\n");
    }
}
