using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Pushers.Tests.Lsf;

/// <summary>
/// The spool takes only entries it can read back, and one unreadable entry never stops the pushes of other hosts
/// (issue 15, defect 9); no bucket step or factor that would publish NaN gets as far as a file (defect 11).
/// </summary>
public class LsfSpoolTests
{
    [TestCase("x86 64")]
    [TestCase("x86_64\n")]
    [TestCase("x86_64#")]
    public void An_architecture_with_a_blank_is_refused_before_anything_is_spooled(string architecture)
    {
        using var lsf = new LsfFixture();
        var spool = new LsfPendingSpool(lsf.Spool);
        Assert.Throws<PushConfigException>(() => spool.Enqueue(new NodeFactor("wn001", 12.5, 0.1, architecture)));
        Assert.That(Directory.Exists(lsf.Spool) ? Directory.GetFiles(lsf.Spool) : [], Is.Empty);
    }

    [TestCase(0.0)]
    [TestCase(double.NaN)]
    [TestCase(-0.1)]
    public void A_bucket_step_that_is_not_one_is_refused_before_anything_is_written(double step)
    {
        using var lsf = new LsfFixture();
        var shared = LsfFixture.Bytes(lsf.Shared);
        Assert.Throws<PushConfigException>(() => new LsfPendingSpool(lsf.Spool).Enqueue(new NodeFactor("wn001", 12.5, step)));
        Assert.Throws<PushConfigException>(() => LsfMasterPlanner.Plan(lsf.Files, [new NodeFactor("wn001", 12.5, step)]));
        Assert.That(LsfFixture.Bytes(lsf.Shared), Is.EqualTo(shared));
    }

    [Test]
    public async Task An_unreadable_entry_is_set_aside_and_the_next_push_for_another_host_completes()
    {
        using var lsf = new LsfFixture();
        using var bin = SimulatedLim.Start(lsf.ConfDir);
        Directory.CreateDirectory(lsf.Spool);
        File.WriteAllText(Path.Combine(lsf.Spool, "wn009"), "wn009 12.5 0.1 x86 64\n");
        var spool = new LsfPendingSpool(lsf.Spool);
        var push = new LsfBatchPush(spool, new PlanApplier(bin.Executor()), new LsfReconfigVerifier(bin.Executor())) { Debounce = TimeSpan.Zero };

        var outcome = await push.RunAsync([new NodeFactor("wn001", 12.5)], lsf.Files, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Changed, Is.True);
            Assert.That(File.ReadAllText(lsf.Cluster), Does.Contain("wn001     HS06_12_5"));
            Assert.That(spool.Rejected.Single(), Does.Contain("wn009").And.Contain("set aside"));
            Assert.That(File.Exists(Path.Combine(lsf.Spool, ".rejected.wn009")), Is.True);
            Assert.That(new LsfPendingSpool(lsf.Spool).ReadAll(), Is.Empty);
        });
    }
}
