using System.Globalization;
using Calibrate.Core.Probing;

namespace Calibrate.Agent.Probing;

/// <summary>
/// Cache levels from the per-CPU cache/indexK directories. An instance is a distinct set of CPUs sharing the cache
/// (shared_cpu_list), as lscpu counts "(N instances)" (util-linux sys-utils/lscpu-topology.c, read_caches).
/// <see cref="CacheLevel.SizeKiB"/> is the size of one instance; the node total is SizeKiB x Instances.
/// </summary>
public static class CacheParser
{
    private const long KiB = 1024;

    public static IReadOnlyList<CacheLevel> Parse(IEnumerable<CacheIndexText> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        var instances = new Dictionary<(int Level, string Type), (long SizeKiB, HashSet<string> Sharers)>();
        foreach (var index in indexes)
        {
            if (KernelText.ParseInt(index.Level) is not { } level || KernelText.ParseWord(index.Type) is not { } type)
            {
                continue;
            }

            var sharers = (KernelText.ParseCpuList(index.SharedCpuList) ?? KernelText.ParseCpuMask(index.SharedCpuMap))?.ToString()
                ?? index.Cpu.ToString(CultureInfo.InvariantCulture);
            if (!instances.TryGetValue((level, type), out var entry))
            {
                entry = (ParseSizeKiB(index.Size), new HashSet<string>(StringComparer.Ordinal));
                instances[(level, type)] = entry;
            }

            entry.Sharers.Add(sharers);
        }

        return instances
            .Select(kv => new CacheLevel(kv.Key.Level, kv.Key.Type, kv.Value.SizeKiB, kv.Value.Sharers.Count))
            .OrderBy(c => c.Level)
            .ThenBy(c => c.Type, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The kernel prints cache sizes as "32K" (drivers/base/cacheinfo.c); "M", "G" and plain bytes are accepted too.</summary>
    public static long ParseSizeKiB(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return 0;
        }

        var (digits, scale) = char.ToUpperInvariant(trimmed[^1]) switch
        {
            'K' => (trimmed[..^1], 1L),
            'M' => (trimmed[..^1], KiB),
            'G' => (trimmed[..^1], KiB * KiB),
            _ => (trimmed, -1L),
        };
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{KernelText.Shorten(trimmed)}' is not a cache size");
        }

        return scale < 0 ? value / KiB : value * scale;
    }
}
