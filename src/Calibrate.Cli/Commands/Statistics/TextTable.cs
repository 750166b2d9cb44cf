using System.Text;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>A plain fixed-width table: columns two spaces apart, numbers right-aligned, no trailing blanks.</summary>
public sealed class TextTable
{
    private const string Gap = "  ";
    private readonly (string Header, bool Right)[] _columns;
    private readonly List<string[]> _rows = [];

    public TextTable(params (string Header, bool Right)[] columns) => _columns = columns;

    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {_columns.Length} columns", nameof(cells));
        }

        _rows.Add(cells);
    }

    public string Render(string indent = "")
    {
        var widths = _columns.Select((c, i) => _rows.Select(r => r[i].Length).Append(c.Header.Length).Max()).ToArray();
        var sb = new StringBuilder();
        Line(sb, indent, _columns.Select(c => c.Header).ToArray(), widths);
        foreach (var row in _rows)
        {
            Line(sb, indent, row, widths);
        }

        return sb.ToString();
    }

    private void Line(StringBuilder sb, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append(Gap);
            }

            line.Append(_columns[i].Right ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        sb.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
