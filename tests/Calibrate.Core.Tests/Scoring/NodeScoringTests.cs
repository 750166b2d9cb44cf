using Calibrate.Core.Running;
using Calibrate.Core.Scoring;

namespace Calibrate.Core.Tests.Scoring;

public sealed class NodeScoringTests
{
    private static readonly Dictionary<string, double> Reference = new() { ["a"] = 10.0, ["b"] = 20.0 };

    [Test]
    public void Kernel_seconds_is_the_median_of_repetition_medians() =>
        Assert.That(NodeScoring.KernelSeconds([1.0, 5.0, 2.0, 3.0, 3.0, 9.0, 0.5, 0.7, 0.6], 3), Is.EqualTo(2.0));

    [Test]
    public void One_repetition_is_the_median_of_all_samples() =>
        Assert.That(NodeScoring.KernelSeconds([1.0, 1.0, 1.0, 1.0, 5.0, 5.0, 2.0, 6.0, 6.0], 1), Is.EqualTo(2.0));

    [Test]
    public void Node_score_is_the_sum_over_copies_of_the_geometric_mean_of_kernel_scores()
    {
        var snapshot = Snapshot(1, ("a", [1.0, 1.0, 3.0]), ("b", [4.0, 4.0]));
        var twoCopies = snapshot with { Copies = [snapshot.Copies[0], snapshot.Copies[0]] };
        Assert.Multiple(() =>
        {
            Assert.That(NodeScoring.Of(snapshot), Is.EqualTo(Math.Sqrt(10.0 * 5.0)).Within(1e-12));
            Assert.That(NodeScoring.Of(twoCopies), Is.EqualTo(2 * Math.Sqrt(10.0 * 5.0)).Within(1e-12));
            Assert.That(NodeScoring.CopyScores(twoCopies), Is.EqualTo(new[] { Math.Sqrt(50.0), Math.Sqrt(50.0) }).Within(1e-12));
        });
    }

    [Test]
    public void With_repetitions_the_score_uses_the_median_of_repetition_medians_not_of_all_samples()
    {
        // a: repetitions [1,1,1] [1,5,5] [2,6,6] have medians 1, 5, 6: 5 s; the median of all nine samples is 2 s.
        var snapshot = Snapshot(3, ("a", [1.0, 1.0, 1.0, 1.0, 5.0, 5.0, 2.0, 6.0, 6.0]), ("b", [2.0]));
        Assert.Multiple(() =>
        {
            Assert.That(NodeScoring.KernelSeconds(snapshot.Copies[0]["a"], 3), Is.EqualTo(5.0));
            Assert.That(NodeScoring.Of(snapshot), Is.EqualTo(Math.Sqrt((10.0 / 5.0) * (20.0 / 2.0))).Within(1e-12));
            Assert.That(NodeScoring.Of(snapshot with { Repetitions = 1 }), Is.EqualTo(Math.Sqrt((10.0 / 2.0) * (20.0 / 2.0))).Within(1e-12));
        });
    }

    [Test]
    public void A_batch_is_a_time_aligned_slice_of_every_kernel()
    {
        var snapshot = Snapshot(1, ("a", [1.0, 1.0, 2.0, 2.0]), ("b", [2.0, 2.0, 4.0, 4.0]));
        Assert.Multiple(() =>
        {
            Assert.That(NodeScoring.OfBatch(snapshot, 0, 2), Is.EqualTo(10.0).Within(1e-12));
            Assert.That(NodeScoring.OfBatch(snapshot, 1, 2), Is.EqualTo(5.0).Within(1e-12));
        });
    }

    [Test]
    public void Scaling_every_sample_by_a_constant_scales_the_node_score_by_its_inverse()
    {
        var snapshot = Snapshot(3, ("a", [1.1, 1.3, 0.9, 1.0, 1.2, 1.4]), ("b", [2.2, 2.0, 2.5, 1.9, 2.1, 2.4]));
        var doubled = snapshot with
        {
            Copies = [snapshot.Copies[0].ToDictionary(k => k.Key, k => (IReadOnlyList<double>)k.Value.Select(v => v * 2).ToArray())],
        };
        Assert.That(NodeScoring.Of(doubled), Is.EqualTo(NodeScoring.Of(snapshot) / 2).Within(1e-12));
    }

    [Test]
    public void Repetitions_are_contiguous_stretches_of_the_run()
    {
        var reps = NodeScoring.SplitIntoRepetitions([1, 2, 3, 4, 5, 6, 7], 3);
        Assert.That(reps.Select(r => r.ToArray()), Is.EqualTo(new[] { new double[] { 1, 2 }, [3, 4], [5, 6, 7] }));
    }

    [Test]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.That(SampleMedian.Of([4.0, 1.0, 3.0, 2.0]), Is.EqualTo(2.5));

    private static SampleSnapshot Snapshot(int repetitions, params (string Kernel, double[] Samples)[] kernels) => new()
    {
        Copies = [kernels.ToDictionary(k => k.Kernel, k => (IReadOnlyList<double>)k.Samples)],
        ReferenceSeconds = Reference,
        Repetitions = repetitions,
    };
}
