namespace Calibrate.Statistics.Calibration;

/// <summary>One line of refs.csv: a node (hostname or label) and the HS06 the site measured with the real benchmark.</summary>
public sealed record ReferenceRow(int Line, string Node, double Hs06);
