using Calibrate.Core.Running;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Intervals;

public sealed class NodeScoreIntervalTests
{
    [Test]
    public void The_centre_is_the_HS06_aggregation_of_all_samples()
    {
        var snapshot = new SyntheticRun(1, NoiseModel.Realistic).Run(60).Snapshot();
        var expected = snapshot.Copies.Sum(copy => Hs06Aggregation.GeometricMean(
            copy.Select(k => Hs06Aggregation.KernelScore(snapshot.ReferenceSeconds[k.Key], SampleMedian.Of(k.Value))).ToArray()));
        var interval = NodeScoreInterval.Compute(snapshot);
        Assert.Multiple(() =>
        {
            Assert.That(BatchNodeScores.Whole(snapshot), Is.EqualTo(expected).Within(1e-12));
            Assert.That((interval.Low + interval.High) / 2, Is.EqualTo(expected).Within(1e-9));
            Assert.That(interval.Method, Is.EqualTo(NodeScoreInterval.MethodName));
            Assert.That(interval.RelativeHalfWidth, Is.EqualTo((interval.High - interval.Low) / 2 / expected).Within(1e-12));
        });
    }

    [Test]
    public void Scaling_every_time_by_c_scales_the_interval_by_one_over_c()
    {
        const double c = 3.7;
        var a = NodeScoreInterval.Compute(new SyntheticRun(5, NoiseModel.Realistic).Run(48).Snapshot());
        var b = NodeScoreInterval.Compute(new SyntheticRun(5, NoiseModel.Realistic, timeScale: c).Run(48).Snapshot());
        Assert.Multiple(() =>
        {
            Assert.That(b.Low, Is.EqualTo(a.Low / c).Within(1e-9));
            Assert.That(b.High, Is.EqualTo(a.High / c).Within(1e-9));
            Assert.That(b.RelativeHalfWidth, Is.EqualTo(a.RelativeHalfWidth).Within(1e-12));
        });
    }

    [Test]
    public void Too_few_samples_say_so()
    {
        var snapshot = new SyntheticRun(2, NoiseModel.Realistic).Run(NodeScoreInterval.MinimumSamples - 1).Snapshot();
        Assert.Multiple(() =>
        {
            Assert.That(NodeScoreInterval.TryCompute(snapshot, 0.95, out var interval), Is.False);
            Assert.That(interval, Is.Null);
            Assert.That(() => NodeScoreInterval.Compute(snapshot), Throws.TypeOf<InsufficientSamplesException>().With.Message.Contains("44"));
        });
    }

    [Test]
    public void A_higher_level_gives_a_wider_interval()
    {
        SampleSnapshot snapshot = new SyntheticRun(3, NoiseModel.Realistic).Run(50).Snapshot();
        Assert.That(NodeScoreInterval.Compute(snapshot, 0.99).RelativeHalfWidth, Is.GreaterThan(NodeScoreInterval.Compute(snapshot, 0.9).RelativeHalfWidth));
    }
}
