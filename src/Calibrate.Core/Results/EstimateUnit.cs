namespace Calibrate.Core.Results;

/// <summary>
/// The name of the accounting unit an <see cref="Estimate"/> is in ("HS23", "HS06"). Exports and metrics carry it as
/// a field or label (`unit="HS23"`), never in a key or metric name, so both units share every name.
/// </summary>
public static class EstimateUnit
{
    public static string Of(Estimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.Unit.ToString();
    }
}
