using Calibrate.Core.Results;

namespace Calibrate.Core.Running;

/// <summary>
/// The timed samples a run holds so far: per copy, per kernel, seconds per iteration. The runner builds one after
/// every round to ask its stopping rule whether to go on; the statistics compute the node score's interval from it.
/// </summary>
public sealed record SampleSnapshot
{
    /// <summary>Per copy: kernel name to its samples in seconds, in the order they were taken.</summary>
    public required IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<double>>> Copies { get; init; }

    /// <summary>Kernel name to its reference seconds.</summary>
    public required IReadOnlyDictionary<string, double> ReferenceSeconds { get; init; }

    /// <summary>Repetitions whose medians are taken (HS06 run rule: 3 for the full profile); see <see cref="Scoring.NodeScoring"/>.</summary>
    public int Repetitions { get; init; } = 1;

    /// <summary>The samples of a finished result (repetitions flattened).</summary>
    public static SampleSnapshot From(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var copies = result.Copies
            .Select(c => (IReadOnlyDictionary<string, IReadOnlyList<double>>)c.Kernels.ToDictionary(
                k => k.Kernel,
                k => (IReadOnlyList<double>)k.Repetitions.SelectMany(r => r).ToArray()))
            .ToArray();
        var reference = result.Copies
            .SelectMany(c => c.Kernels)
            .GroupBy(k => k.Kernel)
            .ToDictionary(g => g.Key, g => g.First().ReferenceSeconds);
        return new SampleSnapshot { Copies = copies, ReferenceSeconds = reference, Repetitions = result.Plan.Repetitions };
    }
}
