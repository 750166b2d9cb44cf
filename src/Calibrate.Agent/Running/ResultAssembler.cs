using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Scoring;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Running;

/// <summary>Turns the samples of a finished run into its copies' results: pure, so the aggregation is tested on its own.</summary>
public static class ResultAssembler
{
    /// <summary>Each copy's kernels and score, by <see cref="NodeScoring"/> over the snapshot's repetitions.</summary>
    public static IReadOnlyList<CopyResult> Copies(SampleSnapshot snapshot, IReadOnlyList<CpuSet?> pinned, IReadOnlyList<int>? unitsPerSample = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(pinned);
        var copyScores = NodeScoring.CopyScores(snapshot);
        var copies = new List<CopyResult>(snapshot.Copies.Count);
        for (var copy = 0; copy < snapshot.Copies.Count; copy++)
        {
            var kernels = new List<KernelResult>();
            var index = 0;
            foreach (var (kernel, seconds) in snapshot.Copies[copy])
            {
                var units = unitsPerSample is { } given && index < given.Count ? given[index] : 1;
                index++;
                if (seconds.Count == 0)
                {
                    throw new RunFailedException($"copy {copy} took no sample of {kernel}: the budget is too short for one round");
                }

                var measured = NodeScoring.KernelSeconds(seconds, snapshot.Repetitions);
                kernels.Add(new KernelResult
                {
                    Kernel = kernel,
                    ReferenceSeconds = snapshot.ReferenceSeconds[kernel],
                    Repetitions = NodeScoring.SplitIntoRepetitions(seconds, snapshot.Repetitions),
                    Seconds = measured,
                    Score = Hs06Aggregation.KernelScore(snapshot.ReferenceSeconds[kernel], measured),
                    Verified = true,
                    UnitsPerSample = units,
                });
            }

            copies.Add(new CopyResult { Copy = copy, PinnedCpus = pinned[copy], Kernels = kernels, Score = copyScores[copy] });
        }

        return copies;
    }

    public static SampleSnapshot Snapshot(
        IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<double>>> samples,
        IReadOnlyDictionary<string, double> referenceSeconds,
        int repetitions) =>
        new() { Copies = samples, ReferenceSeconds = referenceSeconds, Repetitions = repetitions };
}
