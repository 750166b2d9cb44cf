using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Scoring;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Running;

/// <summary>Turns the samples of a finished run into its result: pure, so the aggregation is tested on its own.</summary>
public static class ResultAssembler
{
    public static IReadOnlyList<CopyResult> Copies(
        IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<double>>> samples,
        IReadOnlyList<CpuSet?> pinned,
        IReadOnlyDictionary<string, double> referenceSeconds,
        int repetitions)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(pinned);
        ArgumentNullException.ThrowIfNull(referenceSeconds);
        var copies = new List<CopyResult>(samples.Count);
        for (var copy = 0; copy < samples.Count; copy++)
        {
            var kernels = new List<KernelResult>();
            foreach (var (kernel, seconds) in samples[copy])
            {
                if (seconds.Count == 0)
                {
                    throw new RunFailedException($"copy {copy} took no sample of {kernel}: the budget is too short for one round");
                }

                var reps = SplitIntoRepetitions(seconds, repetitions);
                var measured = Hs06Aggregation.KernelSeconds(reps);
                kernels.Add(new KernelResult
                {
                    Kernel = kernel,
                    ReferenceSeconds = referenceSeconds[kernel],
                    Repetitions = reps,
                    Seconds = measured,
                    Score = Hs06Aggregation.KernelScore(referenceSeconds[kernel], measured),
                    Verified = true,
                });
            }

            copies.Add(new CopyResult
            {
                Copy = copy,
                PinnedCpus = pinned[copy],
                Kernels = kernels,
                Score = Hs06Aggregation.GeometricMean(kernels.Select(k => k.Score).ToArray()),
            });
        }

        return copies;
    }

    /// <summary>Contiguous, near-equal blocks in time order: a repetition is a stretch of the run, as HS06 runs each benchmark 3 times.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> SplitIntoRepetitions(IReadOnlyList<double> samples, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var blocks = Math.Max(1, Math.Min(repetitions, samples.Count));
        var result = new List<IReadOnlyList<double>>(blocks);
        for (var b = 0; b < blocks; b++)
        {
            var from = b * samples.Count / blocks;
            var to = (b + 1) * samples.Count / blocks;
            result.Add(samples.Skip(from).Take(to - from).ToArray());
        }

        return result;
    }

    public static SampleSnapshot Snapshot(
        IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<double>>> samples,
        IReadOnlyDictionary<string, double> referenceSeconds) =>
        new() { Copies = samples, ReferenceSeconds = referenceSeconds };
}
