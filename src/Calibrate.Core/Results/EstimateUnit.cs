namespace Calibrate.Core.Results;

/// <summary>
/// The accounting unit an <see cref="Estimate"/> is in. Every estimate is HS06 today (Hs06Estimator); exports and
/// metrics take the unit's name from here and carry it as a field or label (`unit="HS06"`), never in a key or metric
/// name, so estimates in another unit (HEPscore23) later need no new names, only a new value.
/// </summary>
public static class EstimateUnit
{
    public const string Hs06 = "HS06";

    public static string Of(Estimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Hs06;
    }
}
