using Calibrate.Core.Probing;

namespace Calibrate.Statistics.Priors;

/// <summary>What of a node the prior is looked up by: its CPU model name, SMT state, online logical CPUs, hypervisor.</summary>
public sealed record NodeLayout(string CpuModelName, bool SmtActive, int LogicalCpus, string? Hypervisor)
{
    /// <summary>The layout the probe found; logical CPUs are the online ones, as the table's Ncores counts them.</summary>
    public static NodeLayout Of(NodeProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var online = probe.Cpu.OnlineCpus.Count;
        return new NodeLayout(probe.Cpu.ModelName.Trim(), probe.SmtActive, online > 0 ? online : probe.Cpu.LogicalCpus, probe.Hypervisor);
    }
}
