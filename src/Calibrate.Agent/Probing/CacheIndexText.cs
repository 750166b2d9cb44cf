namespace Calibrate.Agent.Probing;

/// <summary>The texts of one /sys/devices/system/cpu/cpuN/cache/indexK directory (Documentation/ABI/testing/sysfs-devices-system-cpu).</summary>
public sealed record CacheIndexText(int Cpu)
{
    public string? Level { get; init; }

    public string? Type { get; init; }

    public string? Size { get; init; }

    public string? SharedCpuList { get; init; }

    public string? SharedCpuMap { get; init; }
}
