using Calibrate.Core.Topology;

namespace Calibrate.Agent.Probing;

/// <summary>
/// /proc/PID/status (man 5 proc): the CPUs a process may run on, "Cpus_allowed_list:	0-511" (since Linux 2.6.26),
/// or the older hex mask "Cpus_allowed:	ff,ffffffff". This is how the affinity is read under a sysroot, where no
/// sched_getaffinity call can reach the captured process.
/// </summary>
public static class ProcStatusParser
{
    public static CpuSet? ParseCpusAllowed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = text.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

        if (fields.TryGetValue("Cpus_allowed_list", out var list))
        {
            return KernelText.ParseCpuList(list);
        }

        return fields.TryGetValue("Cpus_allowed", out var mask) ? KernelText.ParseCpuMask(mask) : null;
    }
}
