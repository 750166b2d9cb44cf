using Calibrate.Core.Probing;

namespace Calibrate.Agent.Probing;

/// <summary>
/// The node probe: what a measurement depends on and is compared by (CPUs, topology, NUMA, SMT, hypervisor,
/// governor, allowed CPUs). Counts follow util-linux lscpu so that the probe agrees with the tool admins trust.
/// </summary>
public static class NodeProber
{
    /// <summary>
    /// Probes the live node (<paramref name="sysroot"/> null), or a captured tree of /proc and /sys files laid out as
    /// for <c>lscpu --sysroot</c>. A missing or malformed sysroot throws <see cref="ProbeException"/>.
    /// </summary>
    public static NodeProbe Probe(string? sysroot = null)
    {
        if (sysroot is null)
        {
            return SysrootReader.Read(new DirectorySysroot("/", "the live system"), LiveFacts.Capture());
        }

        if (string.IsNullOrWhiteSpace(sysroot) || sysroot.Contains('\0', StringComparison.Ordinal))
        {
            throw new ProbeException($"sysroot '{sysroot}' is not a directory path.");
        }

        var full = Path.GetFullPath(sysroot);
        if (!Directory.Exists(full))
        {
            throw new ProbeException($"sysroot {sysroot} does not exist or is not a directory.");
        }

        return SysrootReader.Read(new DirectorySysroot(full, $"sysroot {sysroot}"), live: null);
    }
}
