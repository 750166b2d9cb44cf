namespace Calibrate.Agent.Probing;

/// <summary>
/// Where /proc/self/cgroup places this process: the path in the v1 hierarchy that carries the cpuset controller,
/// and the path in the v2 unified hierarchy ("0::/path"); either is null where the process is in none.
/// </summary>
public sealed record CgroupMembership(string? V1CpusetPath, string? V2Path);
