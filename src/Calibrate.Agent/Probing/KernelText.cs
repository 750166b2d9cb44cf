using System.Globalization;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Probing;

/// <summary>
/// The value formats of single-value sysfs and procfs attributes (Documentation/filesystems/sysfs.rst: one value
/// per file, newline-terminated). Malformed text throws <see cref="FormatException"/>; the reader turns it into a
/// <see cref="ProbeException"/> naming the file.
/// </summary>
public static class KernelText
{
    /// <summary>A decimal integer such as core_id or cpuinfo_max_freq; null for an absent file.</summary>
    public static int? ParseInt(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        return int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{Shorten(trimmed)}' is not an integer");
    }

    /// <summary>The cpulist format, "0-3,8" (Documentation/admin-guide/cputopology.rst); null for an absent file.</summary>
    public static CpuSet? ParseCpuList(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return CpuSet.TryParse(text, out var set, out var error) ? set : throw new FormatException(error);
    }

    /// <summary>The hex cpumask format, "00000000,0000000f", of thread_siblings, cpumap and shared_cpu_map.</summary>
    public static CpuSet? ParseCpuMask(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Any(c => c != ',' && !char.IsAsciiHexDigit(c)))
        {
            throw new FormatException($"'{Shorten(trimmed)}' is not a hex CPU mask");
        }

        return CpuSet.ParseMask(trimmed);
    }

    /// <summary>A single trimmed token such as scaling_governor, or null when absent or empty.</summary>
    public static string? ParseWord(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
