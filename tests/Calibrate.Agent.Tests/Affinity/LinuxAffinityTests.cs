using Calibrate.Agent.Affinity;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Affinity;

public sealed class LinuxAffinityTests
{
    [Test]
    public void Masks_round_trip_beyond_64_cpus()
    {
        var set = CpuSet.Parse("0,63-65,1000");
        var mask = LinuxAffinity.ToMask(set);
        Assert.That(mask.Length % 8, Is.EqualTo(0));
        Assert.That(LinuxAffinity.FromMask(mask), Is.EqualTo(set));
    }

    [Test]
    public void A_thread_can_be_pinned_and_restored_for_real()
    {
        var result = new CpuSet[2];
        var thread = new Thread(() =>
        {
            var original = LinuxAffinity.Get();
            var one = CpuSet.Of([original[^1]]);
            LinuxAffinity.Set(one);
            result[0] = LinuxAffinity.Get();
            LinuxAffinity.Set(original);
            result[1] = LinuxAffinity.Get();
        });
        var before = LinuxAffinity.Get();
        thread.Start();
        thread.Join();
        Assert.That(result[0], Has.Count.EqualTo(1));
        Assert.That(result[1], Is.EqualTo(before));
    }

    [Test]
    public void Pinning_to_a_cpu_that_does_not_exist_fails_clearly()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LinuxAffinity.Set(CpuSet.Parse("4000")));
        Assert.That(error!.Message, Does.Contain("sched_setaffinity"));
    }
}
