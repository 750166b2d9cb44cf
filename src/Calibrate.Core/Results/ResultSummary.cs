using Calibrate.Core.Factors;

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

    /// <summary>The estimate's whole-node figure, in <see cref="EstimateUnit"/>.</summary>
    public double? EstimateValue { get; init; }

    public AccountingUnit? EstimateUnit { get; init; }

    public double? CpuFactor { get; init; }

    /// <summary>The host's noise during the run (<see cref="NoiseSummary.HostNoise"/>); null without noise probes, and in rows stored before migration 5.</summary>
    public double? HostNoise { get; init; }

    /// <summary>Kernel name to its score averaged over copies (per-copy units).</summary>
    public required IReadOnlyDictionary<string, double> KernelScores { get; init; }

    public double ScorePerCopy => NodeScore / Copies;

    public static ResultSummary From(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var kernels = KernelAverages(result);
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
            EstimateValue = result.Estimate?.Value,
            EstimateUnit = result.Estimate?.Unit,
            CpuFactor = result.Estimate?.CpuFactor,
            HostNoise = result.Noise?.HostNoise,
            KernelScores = kernels,
        };
    }

    /// <summary>Each kernel's score averaged over the copies, kernels in the order they ran (a loop: once per stored result).</summary>
    private static Dictionary<string, double> KernelAverages(RunResult result)
    {
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        foreach (var copy in result.Copies)
        {
            foreach (var kernel in copy.Kernels)
            {
                var (sum, count) = sums.GetValueOrDefault(kernel.Kernel);
                sums[kernel.Kernel] = (sum + kernel.Score, count + 1);
            }
        }

        var averages = new Dictionary<string, double>(sums.Count, StringComparer.Ordinal);
        foreach (var (kernel, (sum, count)) in sums)
        {
            averages[kernel] = sum / count;
        }

        return averages;
    }
}
