using System.Globalization;
using Calibrate.Core.Factors;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// Parses refs.csv: a header naming the column node and a column per unit measured, hs23 and/or hs06 (any order, extra
/// columns ignored), then one node per line; blank lines and lines starting with # are skipped; an empty cell means the
/// node was not measured in that unit. A value may carry its column's unit ("845 HS06" in hs06), never another's: one
/// unit per column. Every error names its line.
/// </summary>
public static class ReferenceCsv
{
    public const string NodeColumn = "node";

    /// <param name="text">the file's text.</param>
    /// <param name="minimumRows">the fewest references accepted per unit (default: what a fit needs).</param>
    /// <returns>For each unit column, in the order of <see cref="AccountingUnits.All"/>, its rows.</returns>
    public static IReadOnlyList<(AccountingUnit Unit, IReadOnlyList<ReferenceRow> Rows)> Parse(string text, int minimumRows = CalibrationFitter.MinimumPoints)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var rows = AccountingUnits.All.ToDictionary(u => u, _ => new List<ReferenceRow>());
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        Header? header = null;
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

            var node = ParseNode(fields, header, lineNumber);
            if (seen.TryGetValue(node, out var first))
            {
                throw new ReferenceCsvException(lineNumber, $"node '{node}' is listed twice (first on line {first})");
            }

            seen.Add(node, lineNumber);
            foreach (var (unit, column) in header.Units)
            {
                if (ParseValue(fields[column], unit, node, lineNumber) is { } value)
                {
                    rows[unit].Add(new ReferenceRow(lineNumber, node, value));
                }
            }
        }

        if (header is null)
        {
            throw new ReferenceCsvException(0, $"no header; the first line must name the columns {NodeColumn} and hs23 or hs06");
        }

        var tables = header.Units.Select(u => (u.Unit, (IReadOnlyList<ReferenceRow>)rows[u.Unit])).ToArray();
        foreach (var (unit, unitRows) in tables)
        {
            if (unitRows.Count < minimumRows)
            {
                throw new ReferenceCsvException(0, $"{unitRows.Count} reference node(s) with {unit}; a fit needs at least {minimumRows}");
            }
        }

        return tables;
    }

    /// <summary>The rows of the one unit a file has, for callers that take one; a file with both gives the site's unit.</summary>
    public static (AccountingUnit Unit, IReadOnlyList<ReferenceRow> Rows) For(IReadOnlyList<(AccountingUnit Unit, IReadOnlyList<ReferenceRow> Rows)> tables, AccountingUnit preferred)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return tables.FirstOrDefault(t => t.Unit == preferred) is { Rows: not null } match ? match : tables[0];
    }

    private sealed record Header(int Node, IReadOnlyList<(AccountingUnit Unit, int Column)> Units, int Width);

    private static Header ParseHeader(string[] fields, int lineNumber)
    {
        var node = Array.FindIndex(fields, f => f.Equals(NodeColumn, StringComparison.OrdinalIgnoreCase));
        var units = AccountingUnits.All
            .Select(u => (Unit: u, Column: Array.FindIndex(fields, f => f.Equals(u.Key(), StringComparison.OrdinalIgnoreCase))))
            .Where(u => u.Column >= 0)
            .ToArray();
        if (node < 0 || units.Length == 0)
        {
            throw new ReferenceCsvException(lineNumber, $"the header must name the columns {NodeColumn} and hs23 or hs06 (or both), found '{string.Join(",", fields)}'");
        }

        return new Header(node, units, fields.Length);
    }

    private static string ParseNode(string[] fields, Header header, int lineNumber)
    {
        if (fields.Length <= Math.Max(header.Node, header.Units.Max(u => u.Column)))
        {
            throw new ReferenceCsvException(lineNumber, $"expected {header.Width} columns, found {fields.Length}");
        }

        var node = fields[header.Node];
        return node.Length == 0 ? throw new ReferenceCsvException(lineNumber, "the node is empty") : node;
    }

    /// <summary>The value, or null for an empty cell; "845" and "845 HS06" in hs06 are both 845, "845 HS23" there is an error.</summary>
    private static double? ParseValue(string text, AccountingUnit unit, string node, int lineNumber)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2)
        {
            if (!AccountingUnits.TryParse(parts[1], out var stated))
            {
                throw new ReferenceCsvException(lineNumber, $"{unit} '{text}' of node '{node}' is not a number");
            }

            if (stated != unit)
            {
                throw new ReferenceCsvException(lineNumber, $"column {unit.Key()} holds {stated} '{text}' for node '{node}': one unit per column (put {stated} figures in a {stated.Value.Key()} column)");
            }
        }

        if (parts.Length is 0 or > 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new ReferenceCsvException(lineNumber, $"{unit} '{text}' of node '{node}' is not a number");
        }

        return value > 0 ? value : throw new ReferenceCsvException(lineNumber, $"{unit} {text} of node '{node}' must be positive");
    }
}
