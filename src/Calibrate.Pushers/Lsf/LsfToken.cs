namespace Calibrate.Pushers.Lsf;

/// <summary>One field of a section row: its text and where it sits (physical line, column, length).</summary>
public sealed record LsfToken(string Text, int Line, int Start)
{
    public int Length => Text.Length;
}
