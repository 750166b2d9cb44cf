using Calibrate.Reports.Sweep;

namespace Calibrate.Node.Sweep;

/// <summary>What `calibrate sweep --json` prints: every cell's stored result and the analysis over them.</summary>
public sealed record SweepReport(
    IReadOnlyList<SweepPoint> Points,
    IReadOnlyList<string> Skipped,
    SweepResult? Analysis,
    string? Chart);
