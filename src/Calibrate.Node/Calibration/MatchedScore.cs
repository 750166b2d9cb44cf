namespace Calibrate.Node.Calibration;

/// <summary>A reference node's Calibrate score: the median node score of its results, how many, and whether it matched a hostname or a label.</summary>
public sealed record MatchedScore(double Score, int Runs, string MatchedBy);
