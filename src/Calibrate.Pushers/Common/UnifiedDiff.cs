using System.Globalization;
using System.Text;

namespace Calibrate.Pushers.Common;

/// <summary>
/// A unified diff (GNU diffutils format, 3 lines of context) of two texts, for `--dry-run`. Written here rather than
/// taken from a package: none of the diff packages on the feed is on the design's package list, the files are small
/// (configs of at most a few thousand lines), and an LCS table over lines is 60 lines of code.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Render(string path, string? before, string? after)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var a = SplitLines(before);
        var b = SplitLines(after);
        var ops = LineDiff.Compute(a.Lines, b.Lines);
        var output = new StringBuilder();
        output.Append("--- ").Append(before is null ? "/dev/null" : "a" + path).Append('\n');
        output.Append("+++ ").Append(after is null ? "/dev/null" : "b" + path).Append('\n');
        foreach (var (start, end) in Hunks(ops))
        {
            WriteHunk(output, ops, start, end, a, b);
        }

        return output.ToString();
    }

    private static IEnumerable<(int Start, int End)> Hunks(IReadOnlyList<LineDiff.Op> ops)
    {
        var changed = Enumerable.Range(0, ops.Count).Where(i => ops[i].Kind != LineDiff.Kind.Equal).ToList();
        var index = 0;
        while (index < changed.Count)
        {
            var start = Math.Max(0, changed[index] - Context);
            var last = changed[index];
            while (index + 1 < changed.Count && changed[index + 1] - last <= 2 * Context)
            {
                last = changed[++index];
            }

            index++;
            yield return (start, Math.Min(ops.Count, last + Context + 1));
        }
    }

    private static void WriteHunk(StringBuilder output, IReadOnlyList<LineDiff.Op> ops, int start, int end, SplitText a, SplitText b)
    {
        var slice = ops.Skip(start).Take(end - start).ToList();
        var aCount = slice.Count(o => o.Kind != LineDiff.Kind.Insert);
        var bCount = slice.Count(o => o.Kind != LineDiff.Kind.Delete);
        var aStart = slice.FirstOrDefault(o => o.Kind != LineDiff.Kind.Insert)?.A ?? PrecedingA(ops, start);
        var bStart = slice.FirstOrDefault(o => o.Kind != LineDiff.Kind.Delete)?.B ?? PrecedingB(ops, start);
        output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(aStart, aCount)} +{Range(bStart, bCount)} @@\n");
        foreach (var op in slice)
        {
            var (prefix, text, noNewline) = op.Kind switch
            {
                LineDiff.Kind.Equal => (' ', a.Lines[op.A], op.A == a.Lines.Count - 1 && !a.FinalNewline),
                LineDiff.Kind.Delete => ('-', a.Lines[op.A], op.A == a.Lines.Count - 1 && !a.FinalNewline),
                _ => ('+', b.Lines[op.B], op.B == b.Lines.Count - 1 && !b.FinalNewline),
            };
            output.Append(prefix).Append(text).Append('\n');
            if (noNewline)
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    // For an empty range the unified format names the line before it (0 at the very start).
    private static string Range(int start, int count) =>
        count == 0 ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
        : count == 1 ? (start + 1).ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private static int PrecedingA(IReadOnlyList<LineDiff.Op> ops, int index) =>
        ops.Take(index).Count(o => o.Kind != LineDiff.Kind.Insert);

    private static int PrecedingB(IReadOnlyList<LineDiff.Op> ops, int index) =>
        ops.Take(index).Count(o => o.Kind != LineDiff.Kind.Delete);

    private static SplitText SplitLines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new SplitText([], true);
        }

        var finalNewline = text.EndsWith('\n');
        var lines = (finalNewline ? text[..^1] : text).Split('\n');
        return new SplitText(lines, finalNewline);
    }

    private sealed record SplitText(IReadOnlyList<string> Lines, bool FinalNewline);
}
