namespace Calibrate.Node.Calibration;

/// <summary>What one `calibrate fit` did: a fit per unit column of refs.csv, HS23 first.</summary>
public sealed record FitReport(IReadOnlyList<FitOutput> Fits);
