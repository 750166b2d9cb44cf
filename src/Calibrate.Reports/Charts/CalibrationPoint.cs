namespace Calibrate.Reports.Charts;

/// <summary>Input of chart 3: a reference node with its Calibrate score and its HS06 measured with the real benchmark.</summary>
public sealed record CalibrationPoint(string Node, double Score, double Hs06);
