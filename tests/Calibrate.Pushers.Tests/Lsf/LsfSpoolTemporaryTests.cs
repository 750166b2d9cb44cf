using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;

namespace Calibrate.Pushers.Tests.Lsf;

/// <summary>
/// A push killed while writing a host's spool entry leaves its temporary (`.HOST.PID.ID.tmp`); the next push removes
/// it once its writer is gone, whatever the host, and leaves a live writer's and every entry alone.
/// </summary>
public sealed class LsfSpoolTemporaryTests
{
    [Test]
    public void A_dead_writers_entry_temporary_goes_and_a_live_ones_stays()
    {
        using var lsf = new LsfFixture();
        Directory.CreateDirectory(lsf.Spool);
        var entry = Path.Combine(lsf.Spool, "wn001.example.org");
        File.WriteAllText(entry, "wn001.example.org 2.2 0.1\n");
        var dead = Path.Combine(lsf.Spool, ".wn002.example.org.2147483646.a1b2c3.tmp");
        var live = Path.Combine(lsf.Spool, $".wn003.example.org.{Environment.ProcessId}.d4e5f6.tmp");
        File.WriteAllText(dead, "wn002.example.org 2.");
        File.WriteAllText(live, "wn003.example.org 1.");

        new LsfPendingSpool(lsf.Spool).RemoveStaleTemporaries();

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(dead), Is.False, "the killed writer's temporary");
            Assert.That(File.Exists(live), Is.True, "a running writer's temporary");
            Assert.That(File.Exists(entry), Is.True, "the entry itself");
        });
    }
}
