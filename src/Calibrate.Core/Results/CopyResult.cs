using Calibrate.Core.Topology;

namespace Calibrate.Core.Results;

/// <summary>What one copy (one child process) measured.</summary>
public sealed record CopyResult
{
    public required int Copy { get; init; }

    /// <summary>The CPUs the copy was pinned to, or null when the OS scheduled it freely.</summary>
    public CpuSet? PinnedCpus { get; init; }

    public required IReadOnlyList<KernelResult> Kernels { get; init; }

    /// <summary>Geometric mean of the kernel scores.</summary>
    public required double Score { get; init; }
}
