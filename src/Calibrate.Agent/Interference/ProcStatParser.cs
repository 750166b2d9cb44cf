using System.Globalization;

namespace Calibrate.Agent.Interference;

/// <summary>Pure parsers for /proc/stat, /proc/PID/stat and /proc/loadavg (man 5 proc).</summary>
public static class ProcStatParser
{
    /// <summary>The per-CPU lines ("cpu3 ...") of /proc/stat, by CPU id. The aggregate "cpu" line is skipped.</summary>
    public static IReadOnlyDictionary<int, CpuTimes> ParseCpuLines(string procStat)
    {
        ArgumentNullException.ThrowIfNull(procStat);
        var result = new Dictionary<int, CpuTimes>();
        foreach (var line in procStat.Split('\n'))
        {
            if (!line.StartsWith("cpu", StringComparison.Ordinal) || line.Length < 4 || !char.IsAsciiDigit(line[3]))
            {
                continue;
            }

            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var id = int.Parse(f[0].AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture);
            result[id] = new CpuTimes(Field(f, 1), Field(f, 2), Field(f, 3), Field(f, 4), Field(f, 5), Field(f, 6), Field(f, 7), Field(f, 8));
        }

        return result;
    }

    /// <summary>utime + stime of a process in ticks: fields 14 and 15, counted after the parenthesised comm.</summary>
    public static long ParseProcessTicks(string pidStat)
    {
        ArgumentNullException.ThrowIfNull(pidStat);
        var close = pidStat.LastIndexOf(')');
        var f = pidStat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the comm, the fields start at field 3 (state); utime is field 14, stime field 15.
        return Field(f, 14 - 3) + Field(f, 15 - 3);
    }

    public static double ParseLoadAverage(string loadavg)
    {
        ArgumentNullException.ThrowIfNull(loadavg);
        var first = loadavg.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "0";
        return double.Parse(first, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The mean "cpu MHz" over the given CPUs in /proc/cpuinfo, or null where it has none (e.g. Arm).</summary>
    public static double? ParseMeanMHz(string cpuinfo, ICollection<int> cpus)
    {
        ArgumentNullException.ThrowIfNull(cpuinfo);
        ArgumentNullException.ThrowIfNull(cpus);
        var current = -1;
        var values = new List<double>();
        foreach (var line in cpuinfo.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == "processor")
            {
                current = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : -1;
            }
            else if (key == "cpu MHz" && cpus.Contains(current)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var mhz))
            {
                values.Add(mhz);
            }
        }

        return values.Count == 0 ? null : values.Average();
    }

    private static long Field(string[] fields, int index) =>
        index < fields.Length && long.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
