using Calibrate.Statistics.Robust;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// The statistics the suite's CommandExecutor writes beside each series: how many samples were taken and how many held
/// a value, then min, the 25th, 50th (median), 75th, 85th and 95th percentiles, mean and max of the values.
/// Percentiles are numpy's default, linear interpolation between order statistics (<see cref="Type7Quantile"/>): the
/// sample report's statistics are reproduced from its values by it (SeriesStatisticsTests).
/// </summary>
public static class SeriesStatistics
{
    /// <summary>The statistics of <paramref name="samples"/> (null: a sample without a value), or null when none has one.</summary>
    public static SuiteStatistics? Of(IReadOnlyList<double?> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var values = samples.Where(s => s is { } v && double.IsFinite(v)).Select(s => s!.Value).Order().ToArray();
        if (values.Length == 0)
        {
            return null;
        }

        return new SuiteStatistics
        {
            TotalCount = samples.Count,
            ValidCount = values.Length,
            Min = values[0],
            Q25 = Type7Quantile.OfSorted(values, 0.25),
            Mean = values.Average(),
            Median = Type7Quantile.OfSorted(values, 0.5),
            Q75 = Type7Quantile.OfSorted(values, 0.75),
            Q85 = Type7Quantile.OfSorted(values, 0.85),
            Q95 = Type7Quantile.OfSorted(values, 0.95),
            Max = values[^1],
        };
    }
}
