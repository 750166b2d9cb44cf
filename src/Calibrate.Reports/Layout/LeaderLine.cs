namespace Calibrate.Reports.Layout;

/// <summary>A thin line from a point to its label where the label had to move away from the point, in pixels.</summary>
public sealed record LeaderLine(double X1, double Y1, double X2, double Y2);
