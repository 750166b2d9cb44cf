using System.Globalization;
using System.Text.RegularExpressions;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>
/// lscpu's own output for a capture: the "Key:   value" summary, and the first parsable block (<c>lscpu -p</c>,
/// "# CPU,Core,Socket,Node,..." then one row per online CPU) where the file has one.
/// </summary>
internal sealed partial record LscpuExpected(IReadOnlyDictionary<string, string> Summary, IReadOnlyList<LscpuRow> Rows)
{
    public string this[string key] => Summary[key];

    public string? Find(string key) => Summary.GetValueOrDefault(key);

    public int Int(string key) => int.Parse(Summary[key], NumberStyles.None, CultureInfo.InvariantCulture);

    public static LscpuExpected Load(string path) => Parse(File.ReadAllText(path));

    public static LscpuExpected Parse(string text)
    {
        var summary = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<LscpuRow>();
        string[]? columns = null;
        var parsableBlocks = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("# CPU,", StringComparison.Ordinal))
            {
                columns = line[2..].Split(',');
                parsableBlocks++;
                continue;
            }

            if (parsableBlocks == 0 && SummaryLine().Match(line) is { Success: true } m)
            {
                summary.TryAdd(m.Groups["key"].Value, m.Groups["value"].Value.TrimEnd());
            }
            else if (parsableBlocks == 1 && columns is not null && line.Length > 0 && char.IsAsciiDigit(line[0]))
            {
                var cells = line.Split(',');
                rows.Add(new LscpuRow(Cell(cells, columns, "CPU"), Cell(cells, columns, "Core"), Cell(cells, columns, "Socket"), Cell(cells, columns, "Node")));
            }
        }

        return new LscpuExpected(summary, rows);
    }

    private static int Cell(string[] cells, string[] columns, string column) =>
        int.Parse(cells[Array.IndexOf(columns, column)], NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<key>[^:#][^:]*):\s+(?<value>.*)$")]
    private static partial Regex SummaryLine();
}
