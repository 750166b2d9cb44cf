namespace Calibrate.Node.Calibration;

/// <summary>One reference of a fit: its refs.csv line, the node score it was matched to, and the chosen model's fitted HS06 and residual.</summary>
public sealed record ReferencePoint(
    int Line,
    string Node,
    string MatchedBy,
    int Runs,
    double Score,
    double Hs06,
    double Fitted,
    double ResidualFraction);
