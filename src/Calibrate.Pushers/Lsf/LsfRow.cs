namespace Calibrate.Pushers.Lsf;

/// <summary>A logical row of a section: its fields, over one physical line or several joined by a trailing backslash.</summary>
public sealed record LsfRow(int FirstLine, int LastLine, IReadOnlyList<LsfToken> Tokens);
