using System.Globalization;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// Parses refs.csv: a header naming the columns node and hs06 (any order, extra columns ignored), then one node per line;
/// blank lines and lines starting with # are skipped. Every error names its line.
/// </summary>
public static class ReferenceCsv
{
    public const string NodeColumn = "node";
    public const string Hs06Column = "hs06";

    /// <param name="text">the file's text.</param>
    /// <param name="minimumRows">the fewest references accepted (default: what a fit needs).</param>
    public static IReadOnlyList<ReferenceRow> Parse(string text, int minimumRows = CalibrationFitter.MinimumPoints)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var rows = new List<ReferenceRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        (int Node, int Hs06, int Width)? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(',').Select(f => f.Trim().Trim('"').Trim()).ToArray();
            if (header is null)
            {
                header = ParseHeader(fields, lineNumber);
                continue;
            }

            var row = ParseRow(fields, header.Value, lineNumber);
            if (seen.TryGetValue(row.Node, out var first))
            {
                throw new ReferenceCsvException(lineNumber, $"node '{row.Node}' is listed twice (first on line {first})");
            }

            seen.Add(row.Node, lineNumber);
            rows.Add(row);
        }

        if (header is null)
        {
            throw new ReferenceCsvException(0, $"no header; the first line must name the columns {NodeColumn},{Hs06Column}");
        }

        if (rows.Count < minimumRows)
        {
            throw new ReferenceCsvException(0, $"{rows.Count} reference node(s); a fit needs at least {minimumRows}");
        }

        return rows;
    }

    private static (int Node, int Hs06, int Width) ParseHeader(string[] fields, int lineNumber)
    {
        var node = Array.FindIndex(fields, f => f.Equals(NodeColumn, StringComparison.OrdinalIgnoreCase));
        var hs06 = Array.FindIndex(fields, f => f.Equals(Hs06Column, StringComparison.OrdinalIgnoreCase));
        if (node < 0 || hs06 < 0)
        {
            throw new ReferenceCsvException(lineNumber, $"the header must name the columns {NodeColumn} and {Hs06Column}, found '{string.Join(",", fields)}'");
        }

        return (node, hs06, fields.Length);
    }

    private static ReferenceRow ParseRow(string[] fields, (int Node, int Hs06, int Width) header, int lineNumber)
    {
        if (fields.Length <= Math.Max(header.Node, header.Hs06))
        {
            throw new ReferenceCsvException(lineNumber, $"expected {header.Width} columns, found {fields.Length}");
        }

        var node = fields[header.Node];
        if (node.Length == 0)
        {
            throw new ReferenceCsvException(lineNumber, "the node is empty");
        }

        var text = fields[header.Hs06];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var hs06) || !double.IsFinite(hs06))
        {
            throw new ReferenceCsvException(lineNumber, $"HS06 '{text}' of node '{node}' is not a number");
        }

        if (hs06 <= 0)
        {
            throw new ReferenceCsvException(lineNumber, $"HS06 {text} of node '{node}' must be positive");
        }

        return new ReferenceRow(lineNumber, node, hs06);
    }
}
