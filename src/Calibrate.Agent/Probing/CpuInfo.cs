namespace Calibrate.Agent.Probing;

/// <summary>What /proc/cpuinfo says: the CPU type (first value of each field wins, as in lscpu) and the processors.</summary>
public sealed record CpuInfo
{
    public required IReadOnlyList<CpuInfoProcessor> Processors { get; init; }

    public string? ModelName { get; init; }

    public string? Vendor { get; init; }

    public int? Family { get; init; }

    public int? Model { get; init; }

    public int? Stepping { get; init; }

    /// <summary>"flags" on x86, "Features" on Arm.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Arm's "CPU implementer" (e.g. "0x41"), where present.</summary>
    public string? Implementer { get; init; }

    /// <summary>Arm's "CPU part" (e.g. "0xd0c"), where present.</summary>
    public string? Part { get; init; }

    public bool HasFlag(string flag) => Flags.Contains(flag, StringComparer.Ordinal);
}
