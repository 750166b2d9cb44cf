using Calibrate.Agent.Running;

namespace Calibrate.Agent.Tests.Running;

public sealed class UnitsPerSampleTests
{
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(60);

    [Test]
    public void Each_kernel_gets_the_units_that_fill_the_target_from_the_median_copy()
    {
        IReadOnlyList<double>[] copies = [[0.012, 0.100, 0.001], [0.013, 0.090, 0.001], [0.030, 0.110, 0.001]];
        Assert.That(UnitsPerSample.Choose(copies, 3, Target), Is.EqualTo(new[] { 5, 1, 60 }));
    }

    [Test]
    public void A_five_times_slower_node_times_fewer_units_of_the_same_work_per_sample()
    {
        var fast = UnitsPerSample.Choose([[0.012]], 1, Target)[0];
        var slow = UnitsPerSample.Choose([[0.060]], 1, Target)[0];
        Assert.Multiple(() =>
        {
            Assert.That((fast, slow), Is.EqualTo((5, 1)));
            Assert.That(fast * 0.012, Is.EqualTo(slow * 0.060).Within(0.001), "either way a sample takes the target");
        });
    }

    [TestCase(0.5, 1)]
    [TestCase(0.0, 1)]
    [TestCase(1e-9, UnitsPerSample.Max)]
    public void Units_stay_between_one_and_the_maximum(double unitSeconds, int expected) =>
        Assert.That(UnitsPerSample.Choose([[unitSeconds]], 1, Target)[0], Is.EqualTo(expected));
}
