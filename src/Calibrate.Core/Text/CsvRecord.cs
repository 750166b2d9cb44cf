namespace Calibrate.Core.Text;

/// <summary>One record of a CSV text: its fields and the 1-based line it starts on (what an error message names).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>A record of one empty field: a blank line.</summary>
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0;
}
