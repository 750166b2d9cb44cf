namespace Calibrate.Agent.Probing;

/// <summary>A cgroup file system from /proc/self/mountinfo: where it is mounted and which cgroup is its root.</summary>
public sealed record CgroupMount(string MountPoint, string Root, bool IsV2, bool HasCpuset);
