using Calibrate.Core.Text;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Reads the output of `lshosts -w` (lshosts.1; header `HOST_NAME type model cpuf ncpus maxmem maxswp server
/// RESOURCES`, one host per line). Columns are found by their header names, as DIRAC's LSFResourceUsage does, so a
/// version that adds or moves columns still reads; RESOURCES, which may hold blanks, comes after the three used here.
/// </summary>
public static class LsfHostsTable
{
    /// <summary>The rows; null when the text has no header naming HOST_NAME, model and cpuf (an error message, say).</summary>
    public static IReadOnlyList<LsfHostRow>? Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Split('\n');
        var headerAt = Array.FindIndex(lines, l => Words(l) is var w && w.Contains("HOST_NAME") && w.Contains("model") && w.Contains("cpuf"));
        if (headerAt < 0)
        {
            return null;
        }

        var header = Words(lines[headerAt]).ToList();
        var (host, model, cpuf) = (header.IndexOf("HOST_NAME"), header.IndexOf("model"), header.IndexOf("cpuf"));
        var needed = Math.Max(host, Math.Max(model, cpuf));
        var rows = new List<LsfHostRow>();
        foreach (var words in lines.Skip(headerAt + 1).Select(Words))
        {
            if (words.Length > needed && PlainNumber.TryParse(words[cpuf], out var factor))
            {
                rows.Add(new LsfHostRow(words[host], words[model], factor));
            }
        }

        return rows;
    }

    /// <summary>Why <paramref name="rows"/> do not show every expected host, one clause per host; null when they do.</summary>
    public static string? Mismatch(IReadOnlyList<LsfExpectedHost> expected, IReadOnlyList<LsfHostRow> rows)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(rows);
        var problems = new List<string>();
        foreach (var host in expected)
        {
            var row = rows.FirstOrDefault(r => ClusterHostEditor.SameHost(r.Host, host.Host));
            if (row is null)
            {
                problems.Add($"{host.Host} is not listed (expected {host.Model} {host.Factor})");
            }
            else if (!host.IsShownBy(row))
            {
                problems.Add($"{host.Host} shows {UntrustedText.Quote(row.Model)} {PlainNumber.Fixed(row.CpuFactor, 1)}, expected {host.Model} {host.Factor}");
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string[] Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
