using Calibrate.Agent.Probing;

namespace Calibrate.Fuzz.Targets;

/// <summary>A captured tree that holds only proc/cpuinfo: the probe then derives everything from it, as on a node whose /sys says nothing.</summary>
public sealed class CpuInfoSysroot(string cpuinfo) : ISysroot
{
    private const string CpuInfoPath = "proc/cpuinfo";

    public string Description => "sysroot fuzz";

    public string? ReadText(string path) => path == CpuInfoPath ? cpuinfo : null;

    public bool Exists(string path) => path is CpuInfoPath or "proc";

    public IReadOnlyList<string> ListNames(string directory) => directory == "proc" ? ["cpuinfo"] : [];
}
