namespace Calibrate.Reports.Layout;

/// <summary>Every label placed inside the plot area, the leader lines to moved labels, and how many were left out.</summary>
public sealed record InPlotLayout(IReadOnlyList<PlacedLabel> Labels, IReadOnlyList<LeaderLine> Leaders, int Dropped);
