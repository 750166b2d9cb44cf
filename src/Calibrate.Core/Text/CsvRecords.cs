using System.Text;

namespace Calibrate.Core.Text;

/// <summary>
/// Splits CSV text into records (RFC 4180: a quoted field may hold commas, doubled quotes and line breaks; CRLF or
/// LF line ends). Pure: the public tables (HEPiX's HS23 table quotes "Intel Core Processor (Haswell, no TSX, IBRS)").
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(current.ToString().TrimEnd('\r'));
                current.Clear();
                records.Add(new CsvRecord(start, fields));
                fields = [];
                start = line;
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0 || fields.Count > 0)
        {
            fields.Add(current.ToString().TrimEnd('\r'));
            records.Add(new CsvRecord(start, fields));
        }

        return records;
    }
}
