namespace Calibrate.Pushers.Lsf;

/// <summary>
/// A `Begin NAME` ... `End NAME` section (LSF configuration reference, lsf.shared.5 and lsf.cluster.5): the keyword
/// line naming the columns, then one row per item. Column names are matched case-insensitively, as LIM does.
/// </summary>
public sealed record LsfSection(string Name, int BeginLine, int EndLine, LsfRow Header, IReadOnlyList<LsfRow> Rows)
{
    /// <summary>The index of a column by its keyword, or -1.</summary>
    public int Column(string keyword) =>
        Header.Tokens.ToList().FindIndex(t => string.Equals(t.Text, keyword, StringComparison.OrdinalIgnoreCase));
}
