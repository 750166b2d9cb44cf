namespace Calibrate.Pushers.Arc;

/// <summary>A `benchmark=NAME VALUE` line of a queue block: its line number, the benchmark name and where VALUE starts (-1 when the line has no value).</summary>
public sealed record ArcBenchmarkLine(int Line, string Name, string Value, int ValueStart);
