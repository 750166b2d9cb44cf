using System.Diagnostics;
using Calibrate.Platform.Locking;
using Calibrate.TestSupport.Files;

namespace Calibrate.Platform.Tests.Locking;

/// <summary>One measurement per node: holders contend for the lock; the kernel frees it when the holder dies.</summary>
[NonParallelizable]
public sealed class NodeLockTests
{
    [Test]
    public async Task A_second_holder_waits_until_the_first_lets_go()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("calibrate.lock");
        var first = await NodeLock.AcquireAsync(path, "calibrate boot", TimeSpan.Zero, CancellationToken.None);
        var refused = Assert.ThrowsAsync<NodeBusyException>(() => NodeLock.AcquireAsync(path, "calibrate run", TimeSpan.Zero, CancellationToken.None))!;
        Assert.That(refused.Message, Does.Contain($"pid {Environment.ProcessId}, calibrate boot"));
        var release = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => first.Dispose(), TaskScheduler.Default);
        var clock = Stopwatch.StartNew();
        using (await NodeLock.AcquireAsync(path, "calibrate run", TimeSpan.FromSeconds(10), CancellationToken.None))
        {
            Assert.That(clock.Elapsed, Is.GreaterThan(TimeSpan.FromSeconds(0.5)));
        }

        await release;
    }

    [Test]
    public async Task A_lock_held_by_another_process_is_refused_and_freed_by_the_kernel_when_that_process_is_killed()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("calibrate.lock");
        // flock(1) takes the same kernel lock (flock LOCK_EX) as the FileShare.None stream NodeLock holds.
        var start = new ProcessStartInfo("flock") { UseShellExecute = false };
        foreach (var argument in new[] { path, "sleep", "300" })
        {
            start.ArgumentList.Add(argument);
        }

        using var holder = Process.Start(start)!;
        try
        {
            var busy = await HeldWithin(path, TimeSpan.FromSeconds(30));
            Assert.That(busy.Message, Does.Contain("another calibrate is measuring this node").And.Contain(path));

            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();
            using var next = await NodeLock.AcquireAsync(path, "calibrate run", TimeSpan.FromSeconds(5), CancellationToken.None);
            Assert.That(NodeLock.ReadHolder(path), Does.StartWith($"pid {Environment.ProcessId}, calibrate run, since "));
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
            }
        }
    }

    [Test]
    public void The_holder_note_goes_with_the_lock()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("calibrate.lock");
        using (NodeLock.AcquireAsync(path, "calibrate sweep", TimeSpan.Zero, CancellationToken.None).GetAwaiter().GetResult())
        {
            Assert.That(NodeLock.ReadHolder(path), Does.StartWith($"pid {Environment.ProcessId}, calibrate sweep, since "));
        }

        Assert.That(NodeLock.ReadHolder(path), Is.Null);
    }

    /// <summary>Polls until a zero-wait acquisition is refused (the other process holds the lock), and returns the refusal.</summary>
    private static async Task<NodeBusyException> HeldWithin(string path, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                (await NodeLock.AcquireAsync(path, "probe", TimeSpan.Zero, CancellationToken.None)).Dispose();
            }
            catch (NodeBusyException e)
            {
                return e;
            }

            Assert.That(clock.Elapsed, Is.LessThan(limit), "flock never took the lock");
            await Task.Delay(50);
        }
    }
}
