using System.Text.Json.Serialization;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Sweep;

namespace Calibrate.Cli.Commands.Sweep;

/// <summary>What `calibrate sweep --json` prints: every cell's stored result and the analysis over them.</summary>
public sealed record SweepReport(
    IReadOnlyList<SweepPoint> Points,
    IReadOnlyList<string> Skipped,
    SweepResult? Analysis,
    string? Chart);

/// <summary>One measured cell: its label, the stored result's id and its node score with the 95% interval.</summary>
public sealed record SweepPoint(string Pinning, int Copies, string Label, Guid ResultId, double Score, double Low, double High, bool Disturbed)
{
    public ScalingPoint ToScalingPoint() => new(Pinning, Copies, Score, Low, High);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SweepReport))]
public sealed partial class SweepJsonContext : JsonSerializerContext;
