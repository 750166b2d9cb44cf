using System.Globalization;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Slurm;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// The limits in `scontrol show job -o ID` (one line of Key=Value, scontrol(1)): `TimeLimit` as [days-]hours:minutes:seconds
/// or UNLIMITED / Partition_Limit, `MinMemoryNode` or `MinMemoryCPU` with a K, M, G or T suffix (1024-based; 0 when
/// no memory was requested). The job's start is not taken from here: StartTime is printed in the local time zone.
/// </summary>
public sealed record SlurmJobRecord
{
    private static readonly string[] Units = ["K", "M", "G", "T"];

    public TimeSpan? TimeLimit { get; init; }

    public long? MemoryPerNodeBytes { get; init; }

    public long? MemoryPerCpuBytes { get; init; }

    public static SlurmJobRecord Parse(string output, string jobId)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fields = ScontrolLine.Fields(output);
        if (!fields.TryGetValue("JobId", out var id) || id != jobId)
        {
            throw new PushConfigException($"`scontrol show job -o {jobId}` did not describe job {jobId}");
        }

        return new SlurmJobRecord
        {
            TimeLimit = fields.TryGetValue("TimeLimit", out var limit) ? Duration(limit) : null,
            MemoryPerNodeBytes = fields.TryGetValue("MinMemoryNode", out var node) ? Size(node, "MinMemoryNode") : null,
            MemoryPerCpuBytes = fields.TryGetValue("MinMemoryCPU", out var cpu) ? Size(cpu, "MinMemoryCPU") : null,
        };
    }

    private static TimeSpan? Duration(string text)
    {
        if (text is "UNLIMITED" or "Partition_Limit" or "NONE")
        {
            return null;
        }

        var days = 0L;
        var clock = text;
        if (text.Split('-', 2) is [var d, var rest])
        {
            days = EnvironmentValues.Positive(d, "TimeLimit days");
            clock = rest;
        }

        var parts = clock.Split(':');
        if (parts.Length is < 1 or > 3 || parts.Any(p => !long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new PushConfigException($"scontrol's TimeLimit={text} is not [days-]hours:minutes:seconds");
        }

        // scontrol prints minutes:seconds only below an hour and hours:minutes:seconds above it.
        var seconds = parts.Aggregate(0L, (total, p) => (total * 60) + long.Parse(p, CultureInfo.InvariantCulture));
        return TimeSpan.FromDays(days) + TimeSpan.FromSeconds(seconds);
    }

    private static long? Size(string text, string name)
    {
        if (text == "0")
        {
            return null;
        }

        var power = Array.IndexOf(Units, text[^1..]) + 1;
        var digits = power > 0 ? text[..^1] : text;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? checked(value * (long)Math.Pow(1024, power == 0 ? 2 : power))
            : throw new PushConfigException($"scontrol's {name}={text} is not a size such as 100M");
    }
}
