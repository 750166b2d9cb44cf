namespace Calibrate.Agent.Probing;

/// <summary>
/// One "processor" block of /proc/cpuinfo with the x86 topology fields, the fallback where sysfs has no topology
/// directory (some VMs and old kernels).
/// </summary>
public sealed record CpuInfoProcessor(int Processor, int? PhysicalId, int? CoreId);
