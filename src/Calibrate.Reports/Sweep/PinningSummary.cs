namespace Calibrate.Reports.Sweep;

/// <summary>One pinning policy's curve in a sweep: its maximum, where it is reached, and its knee.</summary>
public sealed record PinningSummary(string Pinning, double MaxScore, int MaxCopies, int? KneeCopies);
