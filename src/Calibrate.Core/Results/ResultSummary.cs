namespace Calibrate.Core.Results;

/// <summary>
/// The figures of one stored result that fleet-wide statistics and reports need, without the samples: what the store
/// returns when it lists a million results.
/// </summary>
public sealed record ResultSummary
{
    public required Guid Id { get; init; }

    public required string Hostname { get; init; }

    public string? Label { get; init; }

    public required string CpuModel { get; init; }

    public string? Hypervisor { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required int Copies { get; init; }

    public required string Pinning { get; init; }

    public required string Profile { get; init; }

    public required double NodeScore { get; init; }

    public double? ScoreLow { get; init; }

    public double? ScoreHigh { get; init; }

    public required bool Disturbed { get; init; }

    public double? Hs06 { get; init; }

    public double? CpuFactor { get; init; }

    /// <summary>Kernel name to its score averaged over copies (per-copy units).</summary>
    public required IReadOnlyDictionary<string, double> KernelScores { get; init; }

    public double ScorePerCopy => NodeScore / Copies;

    public static ResultSummary From(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var kernels = result.Copies
            .SelectMany(c => c.Kernels)
            .GroupBy(k => k.Kernel)
            .ToDictionary(g => g.Key, g => g.Average(k => k.Score));
        return new ResultSummary
        {
            Id = result.Id,
            Hostname = result.Hostname,
            Label = result.Label,
            CpuModel = result.Probe.Cpu.ModelName,
            Hypervisor = result.Probe.Hypervisor,
            StartedUtc = result.StartedUtc,
            Copies = result.Copies.Count,
            Pinning = result.Plan.Pinning,
            Profile = result.Plan.Profile.ToString().ToLowerInvariant(),
            NodeScore = result.NodeScore,
            ScoreLow = result.ScoreInterval?.Low,
            ScoreHigh = result.ScoreInterval?.High,
            Disturbed = result.Disturbed,
            Hs06 = result.Estimate?.Hs06,
            CpuFactor = result.Estimate?.CpuFactor,
            KernelScores = kernels,
        };
    }
}
