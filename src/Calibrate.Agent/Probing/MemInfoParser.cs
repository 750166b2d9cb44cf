using System.Globalization;

namespace Calibrate.Agent.Probing;

/// <summary>/proc/meminfo (man 5 proc): "MemTotal:       24684092 kB", where the kernel's "kB" means KiB.</summary>
public static class MemInfoParser
{
    public static long? ParseMemTotalKiB(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith("MemTotal:", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line["MemTotal:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib)
                ? kib
                : throw new FormatException($"'{KernelText.Shorten(line.Trim())}' is not a MemTotal line");
        }

        return null;
    }
}
