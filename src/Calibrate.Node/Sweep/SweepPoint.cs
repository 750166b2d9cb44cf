using Calibrate.Reports.Charts;

namespace Calibrate.Node.Sweep;

/// <summary>One measured cell: its label, the stored result's id and its node score with the 95% interval.</summary>
public sealed record SweepPoint(string Pinning, int Copies, string Label, Guid ResultId, double Score, double Low, double High, bool Disturbed)
{
    public ScalingPoint ToScalingPoint() => new(Pinning, Copies, Score, Low, High);
}
