using System.Globalization;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Pbs;

/// <summary>
/// Torque's mom_priv/config (pbs_mom(8B), CONFIGURATION FILE): one item per line, parts separated by white space,
/// `#` lines are comments; initialization values start with `$`, e.g. `$cputmult 1.5` and `$wallmult 1.5`, "a factor
/// used to adjust cpu time used by a job ... If Mom's system is faster than the reference system, set cputmult to a
/// decimal value greater than 1.0" (wallmult: the same for walltime). Only those two lines are rewritten (in place,
/// or appended when absent); every other line is kept byte for byte. A file whose multiplier lines cannot be read
/// unambiguously is refused, naming the line, and left as it was.
/// </summary>
public static class MomConfig
{
    public const string CpuTimeMultiplier = "$cputmult";

    public const string WallTimeMultiplier = "$wallmult";

    private static readonly string[] Keys = [CpuTimeMultiplier, WallTimeMultiplier];

    /// <summary>The current value of each multiplier present (null when absent); throws on odd lines.</summary>
    public static IReadOnlyDictionary<string, double?> Read(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Keys.ToDictionary(k => k, _ => (double?)null, StringComparer.Ordinal);
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = Lines(text, path);
        for (var i = 0; i < lines.Count; i++)
        {
            var parts = lines[i].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('#'))
            {
                continue;
            }

            // "$cputmult=1.5", "$CPUTMULT 1.5": meant as a multiplier, but not one pbs_mom reads.
            var key = Keys.FirstOrDefault(k => parts[0].StartsWith(k, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                continue;
            }

            if (parts[0] != key || parts.Length != 2 || !PlainNumber.TryParse(parts[1], out var value) || value <= 0)
            {
                throw Odd(path, i, lines[i], $"is not `{key} <positive number>`");
            }

            if (lineOf.TryGetValue(key, out var first))
            {
                throw Odd(path, i, lines[i], $"sets {key} again (first on line {first + 1})");
            }

            lineOf[key] = i;
            found[key] = value;
        }

        return found;
    }

    /// <summary>The file with both multipliers set to <paramref name="value"/>: changed lines in place, missing ones appended.</summary>
    public static string WithMultipliers(string? text, string path, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var current = text ?? string.Empty;
        Read(current, path);
        var lines = Lines(current, path).ToList();
        var changed = false;
        foreach (var key in Keys)
        {
            var at = lines.FindIndex(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && first == key);
            if (at < 0)
            {
                lines.Add(key + " " + value);
                changed = true;
            }
            else if (lines[at].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1] != value)
            {
                lines[at] = key + " " + value;
                changed = true;
            }
        }

        // A file that already holds the values stays byte for byte, even without its final newline.
        return changed ? string.Concat(lines.Select(l => l + "\n")) : current;
    }

    private static List<string> Lines(string text, string path)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new PushConfigException($"{path} holds NUL bytes: not a pbs_mom configuration file; nothing was changed");
        }

        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var cr = lines.FindIndex(l => l.Contains('\r', StringComparison.Ordinal));
        if (cr >= 0)
        {
            throw Odd(path, cr, lines[cr], "ends in a carriage return (a file saved with DOS line ends; pbs_mom would read \\r as part of the value)");
        }

        return lines;
    }

    private static PushConfigException Odd(string path, int index, string line, string why) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path} line {index + 1}: `{line.Trim()}` {why}; nothing was changed"));
}
