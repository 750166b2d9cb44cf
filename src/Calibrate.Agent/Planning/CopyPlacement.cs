using Calibrate.Core.Topology;

namespace Calibrate.Agent.Planning;

/// <summary>Where one copy runs: its CPUs, or null when the OS may schedule it on any allowed CPU.</summary>
public sealed record CopyPlacement(int Copy, CpuSet? Cpus);
