namespace Calibrate.Statistics.Calibration;

/// <summary>One line of refs.csv for one unit: a node (hostname or label) and the figure the site measured with the real benchmark.</summary>
public sealed record ReferenceRow(int Line, string Node, double Value);
