namespace Calibrate.Pushers.Common;

/// <summary>
/// The edit script between two line lists from their longest common subsequence (dynamic programming, O(n·m) time
/// and memory: ample for configuration files, and simpler to check than Myers' O(ND) greedy variant).
/// </summary>
public static class LineDiff
{
    public enum Kind
    {
        Equal,
        Delete,
        Insert,
    }

    /// <summary>One step: A indexes the old lines (Equal, Delete), B the new lines (Equal, Insert).</summary>
    public sealed record Op(Kind Kind, int A, int B);

    public static IReadOnlyList<Op> Compute(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<Op>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                ops.Add(new Op(Kind.Equal, x++, y++));
            }
            else if (y < b.Count && (x == a.Count || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                ops.Add(new Op(Kind.Insert, x, y++));
            }
            else
            {
                ops.Add(new Op(Kind.Delete, x++, y));
            }
        }

        return ops;
    }
}
