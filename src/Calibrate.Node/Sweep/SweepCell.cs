using Calibrate.Core.Running;

namespace Calibrate.Node.Sweep;

/// <summary>One point of the layout matrix: a pinning policy and a number of copies, stored under its own label.</summary>
public sealed record SweepCell(Pinning Pinning, int Copies, string Label);
