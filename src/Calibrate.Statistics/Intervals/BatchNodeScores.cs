using Calibrate.Core.Running;
using Calibrate.Core.Scoring;

namespace Calibrate.Statistics.Intervals;

/// <summary>
/// The node score of a snapshot over all its samples or over one time-aligned batch, by <see cref="NodeScoring"/>
/// (the one node-score function), and the snapshot's sample counts.
/// </summary>
/// <remarks>
/// Samples are taken in interleaved rounds on every copy at once, so equal index ranges cover the same stretch of wall
/// time on every copy and kernel: a batch's score carries the host's drift over that stretch, shared by all copies,
/// which is what the interval must see (Schmeiser 1982, doi:10.1287/opre.30.3.556).
/// </remarks>
public static class BatchNodeScores
{
    /// <summary>The node score over all samples, with the snapshot's repetitions: the interval's centre.</summary>
    public static double Whole(SampleSnapshot snapshot) => NodeScoring.Of(snapshot);

    /// <summary>The node score of batch <paramref name="batch"/> of <paramref name="batches"/>.</summary>
    public static double OfBatch(SampleSnapshot snapshot, int batch, int batches) => NodeScoring.OfBatch(snapshot, batch, batches);

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
