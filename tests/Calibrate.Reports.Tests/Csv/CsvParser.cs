using System.Text;

namespace Calibrate.Reports.Tests.Csv;

/// <summary>A strict RFC 4180 reader, written independently of the writer to check that what it writes reads back.</summary>
public static class CsvParser
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                if (text[i] is '\r' or '\n')
                {
                    throw new FormatException($"Bare line break at {i}.");
                }

                field.Append(text[i++]);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            throw new FormatException("The last record has no CRLF.");
        }

        return rows;
    }
}
