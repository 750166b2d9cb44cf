namespace Calibrate.Node.Calibration;

/// <summary>One reference of a fit: its refs.csv line, the node score it was matched to, the figure the site measured, and the chosen model's fitted figure and residual (in the fit's unit).</summary>
public sealed record ReferencePoint(
    int Line,
    string Node,
    string MatchedBy,
    int Runs,
    double Score,
    double Measured,
    double Fitted,
    double ResidualFraction);
