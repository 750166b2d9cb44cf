using Calibrate.Core.Running;

namespace Calibrate.Core.Scoring;

/// <summary>
/// The one node-score function: per kernel, the measured seconds are the median over repetitions of each
/// repetition's median sample (a repetition is a contiguous stretch of the run; one repetition = the median of all
/// samples); the kernel's score is reference / measured seconds; a copy's score the geometric mean over its kernels;
/// the node's score the sum over copies (<see cref="Hs06Aggregation"/>). The runner's result, the interval's centre
/// and its batches, and every consumer compute it here and nowhere else.
/// </summary>
/// <remarks>
/// HS06's run rule: HEPiX Benchmarking WG, "How to run HS06" (w3.hepix.org/benchmarking/how_to_run_hs06.html), each
/// benchmark 3 times and the median; research/anchors_benchmarks.md, section 1.
/// </remarks>
public static class NodeScoring
{
    /// <summary>The node score of everything the snapshot holds, with its repetitions.</summary>
    public static double Of(SampleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Sum(snapshot, 0, 1, snapshot.Repetitions);
    }

    /// <summary>
    /// The node score of batch <paramref name="batch"/> of <paramref name="batches"/>: of every copy and kernel with n
    /// samples, those with index in [⌊b n / B⌋, ⌊(b + 1) n / B⌋), as one repetition. Samples are taken in interleaved
    /// rounds on every copy at once, so equal index ranges cover the same stretch of wall time everywhere.
    /// </summary>
    public static double OfBatch(SampleSnapshot snapshot, int batch, int batches)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batches);
        ArgumentOutOfRangeException.ThrowIfNegative(batch);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(batch, batches);
        return Sum(snapshot, batch, batches, 1);
    }

    /// <summary>Each copy's score (geometric mean of its kernels' scores), in copy order.</summary>
    public static IReadOnlyList<double> CopyScores(SampleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Copies.Select(copy => CopyScore(copy, snapshot.ReferenceSeconds, 0, 1, snapshot.Repetitions)).ToArray();
    }

    /// <summary>A kernel's measured seconds: the median over <paramref name="repetitions"/> contiguous blocks of each block's median.</summary>
    public static double KernelSeconds(IReadOnlyList<double> samples, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return KernelSeconds(samples, 0, samples.Count, repetitions);
    }

    /// <summary>Contiguous, near-equal blocks in time order: HS06 runs each benchmark 3 times, one after the other.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> SplitIntoRepetitions(IReadOnlyList<double> samples, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var blocks = Math.Max(1, Math.Min(repetitions, samples.Count));
        var result = new List<IReadOnlyList<double>>(blocks);
        for (var b = 0; b < blocks; b++)
        {
            var (from, to) = Block(0, samples.Count, b, blocks);
            var block = new double[to - from];
            for (var i = from; i < to; i++)
            {
                block[i - from] = samples[i];
            }

            result.Add(block);
        }

        return result;
    }

    private static double Sum(SampleSnapshot snapshot, int batch, int batches, int repetitions)
    {
        var node = 0.0;
        foreach (var copy in snapshot.Copies)
        {
            node += CopyScore(copy, snapshot.ReferenceSeconds, batch, batches, repetitions);
        }

        return node;
    }

    private static double CopyScore(
        IReadOnlyDictionary<string, IReadOnlyList<double>> copy, IReadOnlyDictionary<string, double> reference, int batch, int batches, int repetitions)
    {
        var sumLog = 0.0;
        var kernels = 0;
        foreach (var (kernel, samples) in copy)
        {
            var (from, to) = Block(0, samples.Count, batch, batches);
            if (to <= from)
            {
                continue;
            }

            sumLog += Math.Log(Hs06Aggregation.KernelScore(reference[kernel], KernelSeconds(samples, from, to, repetitions)));
            kernels++;
        }

        return kernels > 0 ? Math.Exp(sumLog / kernels) : 0;
    }

    private static double KernelSeconds(IReadOnlyList<double> samples, int from, int to, int repetitions)
    {
        var count = to - from;
        if (count <= 0)
        {
            throw new ArgumentException("a kernel without samples has no measured time", nameof(samples));
        }

        var blocks = Math.Max(1, Math.Min(repetitions, count));
        Span<double> medians = stackalloc double[blocks];
        var scratch = new double[count];
        for (var b = 0; b < blocks; b++)
        {
            var (start, end) = Block(from, count, b, blocks);
            var slice = scratch.AsSpan(0, end - start);
            for (var i = start; i < end; i++)
            {
                slice[i - start] = samples[i];
            }

            medians[b] = SampleMedian.OfInPlace(slice);
        }

        return blocks == 1 ? medians[0] : SampleMedian.OfInPlace(medians);
    }

    private static (int From, int To) Block(int offset, int count, int block, int blocks) =>
        (offset + (int)((long)block * count / blocks), offset + (int)((long)(block + 1) * count / blocks));
}
