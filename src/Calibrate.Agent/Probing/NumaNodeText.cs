namespace Calibrate.Agent.Probing;

/// <summary>The texts of /sys/devices/system/node/nodeN/cpulist and cpumap (old kernels have only cpumap).</summary>
public sealed record NumaNodeText(int Node, string? CpuList, string? CpuMap);
