using System.Globalization;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// Torque's job resource list as pbs_mom hands it to the prologue in argument 5 (Torque Administrator Guide,
/// "Prologue and epilogue scripts": "argv[5] list of requested resource limits"), e.g.
/// `neednodes=1:ppn=8,nodes=1:ppn=8,walltime=04:00:00,cput=32:00:00,mem=16gb`. Times are [[hh:]mm:]ss or seconds;
/// sizes an integer with b, kb, mb, gb, tb or pb (1024-based, pbs_resources(7B)); w (words) are machine-dependent
/// and refused.
/// </summary>
public static class PbsResourceList
{
    private static readonly string[] SizeUnits = ["b", "kb", "mb", "gb", "tb", "pb"];

    public static IReadOnlyDictionary<string, string> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var resources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Split('=', 2) is not [var key, var value] || key.Length == 0)
            {
                throw new PushConfigException($"the resource list item '{item}' is not name=value");
            }

            resources[key.Trim()] = value.Trim();
        }

        return resources;
    }

    /// <summary>walltime or cput: `04:00:00`, `90:00`, `3600`.</summary>
    public static TimeSpan Duration(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        long seconds = 0;
        foreach (var part in parts)
        {
            if (parts.Length > 3 || !long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new PushConfigException($"{name}={text} is not a time such as 04:00:00 or 14400");
            }

            seconds = checked((seconds * 60) + value);
        }

        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>mem: `16gb`, `512mb`, `1073741824` (bytes when there is no unit).</summary>
    public static long Size(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        var digits = lower.TakeWhile(char.IsAsciiDigit).Count();
        var unit = lower[digits..];
        var power = unit.Length == 0 ? 0 : Array.IndexOf(SizeUnits, unit);
        if (digits == 0 || power < 0 || !long.TryParse(lower[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new PushConfigException($"{name}={text} is not a size such as 16gb or 512mb");
        }

        return checked(value * (long)Math.Pow(1024, power));
    }
}
