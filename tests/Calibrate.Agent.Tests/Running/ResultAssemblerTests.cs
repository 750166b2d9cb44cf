using Calibrate.Agent.Running;
using Calibrate.Core.Scoring;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Running;

public sealed class ResultAssemblerTests
{
    private static readonly Dictionary<string, double> Reference = new() { ["a"] = 10.0, ["b"] = 20.0 };

    [Test]
    public void Scores_follow_the_hs06_aggregation()
    {
        IReadOnlyDictionary<string, IReadOnlyList<double>>[] samples =
        [
            new Dictionary<string, IReadOnlyList<double>> { ["a"] = [1.0, 1.0, 3.0], ["b"] = [4.0, 4.0] },
            new Dictionary<string, IReadOnlyList<double>> { ["a"] = [2.0], ["b"] = [2.0] },
        ];
        var copies = ResultAssembler.Copies(ResultAssembler.Snapshot(samples, Reference, repetitions: 1), [CpuSet.Parse("0"), null]);
        Assert.Multiple(() =>
        {
            Assert.That(copies[0].Kernels[0].Seconds, Is.EqualTo(1.0));
            Assert.That(copies[0].Kernels[0].Score, Is.EqualTo(10.0));
            Assert.That(copies[0].Score, Is.EqualTo(Math.Sqrt(10.0 * 5.0)).Within(1e-12));
            Assert.That(copies[1].Score, Is.EqualTo(Math.Sqrt(5.0 * 10.0)).Within(1e-12));
            Assert.That(copies[0].PinnedCpus!.ToString(), Is.EqualTo("0"));
            Assert.That(copies[1].PinnedCpus, Is.Null);
        });
    }

    [Test]
    public void Repetitions_are_contiguous_stretches_of_the_run()
    {
        var reps = NodeScoring.SplitIntoRepetitions([1, 2, 3, 4, 5, 6, 7], 3);
        Assert.That(reps.Select(r => r.ToArray()), Is.EqualTo(new[] { new double[] { 1, 2 }, [3, 4], [5, 6, 7] }));
    }

    [Test]
    public void Full_profile_takes_the_median_of_three_repetition_medians()
    {
        IReadOnlyDictionary<string, IReadOnlyList<double>>[] samples =
        [
            new Dictionary<string, IReadOnlyList<double>> { ["a"] = [1.0, 1.0, 5.0, 5.0, 2.0, 2.0], ["b"] = [1.0] },
        ];
        var copy = ResultAssembler.Copies(ResultAssembler.Snapshot(samples, Reference, repetitions: 3), [null])[0];
        Assert.That(copy.Kernels[0].Repetitions, Has.Count.EqualTo(3));
        Assert.That(copy.Kernels[0].Seconds, Is.EqualTo(2.0));
    }

    [Test]
    public void A_kernel_without_samples_fails_the_run_with_a_clear_message()
    {
        IReadOnlyDictionary<string, IReadOnlyList<double>>[] samples = [new Dictionary<string, IReadOnlyList<double>> { ["a"] = [], ["b"] = [1.0] }];
        var error = Assert.Throws<RunFailedException>(() => ResultAssembler.Copies(ResultAssembler.Snapshot(samples, Reference, 1), [null]));
        Assert.That(error!.Message, Does.Contain("took no sample of a"));
    }
}
