using System.Text;

namespace Calibrate.Statistics.Tests.Support;

/// <summary>A minimal RFC 4180 reader for the HEPiX tables: quoted fields may hold commas, quotes and newlines.</summary>
internal static class Csv
{
    /// <summary>Records after the header, as column name to value; record i is data record i (not physical line i).</summary>
    public static IReadOnlyList<Dictionary<string, string>> Read(string path)
    {
        var records = Records(File.ReadAllText(path));
        var header = records[0];
        return records.Skip(1)
            .Select(fields => header.Select((h, i) => (h, v: i < fields.Count ? fields[i] : string.Empty)).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal))
            .ToArray();
    }

    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
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
                records.Add(fields);
                fields = [];
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0 || fields.Count > 0)
        {
            fields.Add(current.ToString());
            records.Add(fields);
        }

        return records;
    }
}
