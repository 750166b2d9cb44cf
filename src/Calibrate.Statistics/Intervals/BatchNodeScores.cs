using Calibrate.Core.Running;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Intervals;

/// <summary>
/// The HS06-style node score of a snapshot, Σ_copies GM_kernels(ref_k / median(samples)), computed over all samples
/// or over one time-aligned batch: batch b of B holds, of every copy and kernel with n samples, those with index in
/// [⌊b n / B⌋, ⌊(b + 1) n / B⌋).
/// </summary>
/// <remarks>
/// Samples are taken in interleaved rounds on every copy at once, so equal index ranges cover the same stretch of wall
/// time on every copy and kernel: a batch's score carries the host's drift over that stretch, shared by all copies,
/// which is what the interval must see (Schmeiser 1982, doi:10.1287/opre.30.3.556).
/// </remarks>
public static class BatchNodeScores
{
    /// <summary>The node score over all samples.</summary>
    public static double Whole(SampleSnapshot snapshot) => OfBatch(snapshot, 0, 1);

    /// <summary>The node score of batch <paramref name="batch"/> of <paramref name="batches"/>.</summary>
    public static double OfBatch(SampleSnapshot snapshot, int batch, int batches)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var node = 0.0;
        foreach (var copy in snapshot.Copies)
        {
            var sumLog = 0.0;
            var kernels = 0;
            foreach (var (kernel, samples) in copy)
            {
                if (samples.Count == 0)
                {
                    continue;
                }

                var start = (int)((long)batch * samples.Count / batches);
                var end = (int)((long)(batch + 1) * samples.Count / batches);
                var slice = new double[end - start];
                for (var i = start; i < end; i++)
                {
                    slice[i - start] = samples[i];
                }

                var seconds = SampleMedian.OfInPlace(slice);
                sumLog += Math.Log(Hs06Aggregation.KernelScore(snapshot.ReferenceSeconds[kernel], seconds));
                kernels++;
            }

            if (kernels > 0)
            {
                node += Math.Exp(sumLog / kernels);
            }
        }

        return node;
    }

    /// <summary>The fewest samples any kernel of any copy holds (0 for an empty snapshot).</summary>
    public static int FewestSamples(SampleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fewest = int.MaxValue;
        foreach (var copy in snapshot.Copies)
        {
            foreach (var samples in copy.Values)
            {
                fewest = Math.Min(fewest, samples.Count);
            }
        }

        return fewest == int.MaxValue ? 0 : fewest;
    }
}
