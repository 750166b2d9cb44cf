namespace Calibrate.Pushers.Apel;

/// <summary>A `manual_specN = CE,TYPE,VALUE` line: its line number, N, the CE id, and where the value lies in the line.</summary>
public sealed record ApelSpecLine(int Line, int Index, string CeId, string Value, int ValueStart);
