namespace Calibrate.Statistics.Robust;

/// <summary>
/// The weighted median: with the values sorted and W the total weight, the first value whose cumulative weight
/// exceeds W/2; where the cumulative weight equals W/2 exactly, the mean of that value and the next (so that equal
/// weights give the ordinary median).
/// </summary>
/// <remarks>
/// F. Y. Edgeworth, "On a new method of reducing observations relating to several quantities", Philosophical
/// Magazine 25 (1888) 184–191, doi:10.1080/14786448808628170. The convention at an exact half is that of SAS PROC
/// UNIVARIATE's weighted percentiles (WEIGHT statement), which statsmodels' DescrStatsW.quantile follows.
/// </remarks>
public static class WeightedMedian
{
    public static double Of(IReadOnlyList<(double Value, double Weight)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("the weighted median of no values", nameof(values));
        }

        if (values.Any(v => !(v.Weight > 0) || !double.IsFinite(v.Weight)))
        {
            throw new ArgumentException("weights must be positive and finite", nameof(values));
        }

        var sorted = values.OrderBy(v => v.Value).ThenBy(v => v.Weight).ToArray();
        var total = sorted.Sum(v => v.Weight);
        var cumulative = 0.0;
        for (var i = 0; i < sorted.Length; i++)
        {
            cumulative += sorted[i].Weight;
            if (2 * cumulative > total)
            {
                return sorted[i].Value;
            }

            if (2 * cumulative == total)
            {
                return (sorted[i].Value + sorted[i + 1].Value) / 2;
            }
        }

        return sorted[^1].Value;
    }
}
