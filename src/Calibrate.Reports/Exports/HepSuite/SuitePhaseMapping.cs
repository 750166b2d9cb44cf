using Calibrate.Core.Results;
using Calibrate.Core.Scoring;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// The run's interference samples as the suite's CommandExecutor time series: load, CPU frequency, steal and other
/// processes' CPU, each with the times of its first and last sample, its values in order, the suite's statistics and
/// where it was read. A series none of whose samples holds a value (no cpufreq in a guest) is left out.
/// </summary>
internal static class SuitePhaseMapping
{
    private const double SecondsPerMinute = 60;

    public static SuitePhase Of(RunResult result)
    {
        var samples = result.Interference.Samples;
        return new SuitePhase
        {
            Load = Metric(result, samples.Select(s => (double?)s.LoadAverage).ToArray(), "/proc/loadavg", ""),
            CpuFrequency = Metric(result, samples.Select(s => s.FrequencyMHz).ToArray(), "/proc/cpuinfo (mean of the measured CPUs)", "MHz"),
            Steal = Metric(result, samples.Select(s => (double?)s.StealFraction).ToArray(), "/proc/stat (steal over all CPU time)", "fraction"),
            OtherProcessesCpu = Metric(result, samples.Select(s => (double?)s.OtherProcessesCpus).ToArray(), "/proc/stat and /proc/PID/stat (busy time not the copies')", "CPUs"),
        };
    }

    private static SuiteMetric? Metric(RunResult result, double?[] values, string source, string unit)
    {
        if (SeriesStatistics.Of(values) is not { } statistics)
        {
            return null;
        }

        var samples = result.Interference.Samples;
        return new SuiteMetric
        {
            StartTime = SuiteTime.Precise(result.StartedUtc.AddSeconds(samples[0].AtSeconds)),
            EndTime = SuiteTime.Precise(result.StartedUtc.AddSeconds(samples[^1].AtSeconds)),
            Values = [.. values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value)],
            Statistics = statistics,
            Config = new SuiteMetricConfig { IntervalMinutes = IntervalSeconds(samples) / SecondsPerMinute, Command = source, Unit = unit },
        };
    }

    /// <summary>The median spacing of the samples; for one sample, the time from the run's start to it.</summary>
    private static double IntervalSeconds(IReadOnlyList<InterferenceSample> samples) =>
        samples.Count < 2
            ? samples[0].AtSeconds
            : SampleMedian.Of(samples.Zip(samples.Skip(1), (a, b) => b.AtSeconds - a.AtSeconds).ToArray());
}
