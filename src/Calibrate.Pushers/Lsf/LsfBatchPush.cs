using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Makes a burst of nodes booting together cost one LSF reconfiguration, not one per node. Each invocation
/// (1) drops its nodes into the <see cref="LsfPendingSpool"/>, (2) waits the debounce time so that the rest of the burst
/// can arrive, (3) takes an exclusive lock on the spool, (4) plans from every pending node at once against the files as
/// they are now, applies that one plan (one `ckconfig`, `reconfig`, `mbdrestart`) and removes the entries it consumed.
/// Invocations that get the lock afterwards find their nodes already consumed, or already reconciled (the plan has no
/// changes), and run no command. A failure leaves the entries pending for the next push.
/// </summary>
public sealed class LsfBatchPush(LsfPendingSpool queue, PlanApplier applier)
{
    /// <summary>Long enough for a rack powered on together to enqueue; short enough not to delay a boot noticeably.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromMinutes(10);

    public TimeSpan Debounce { get; init; } = DefaultDebounce;

    public TimeSpan LockTimeout { get; init; } = DefaultLockTimeout;

    /// <summary>The outcome; null when another invocation consumed this one's nodes and nothing was left to do.</summary>
    public async Task<PushOutcome?> RunAsync(IReadOnlyList<NodeFactor> nodes, Func<IReadOnlyList<NodeFactor>, PushPlan> plan, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var node in nodes)
        {
            queue.Enqueue(node);
        }

        await Task.Delay(Debounce, cancellation);
        using var held = await AcquireAsync(cancellation);
        var pending = queue.ReadAll();
        if (pending.Count == 0)
        {
            return null;
        }

        var outcome = await applier.ApplyAsync(plan(pending.Select(p => p.Node).ToList()), cancellation);
        LsfPendingSpool.Remove(pending);
        return outcome;
    }

    // An exclusive open (flock on Linux) of the spool's lock file; the kernel drops it if this process dies.
    private async Task<FileStream> AcquireAsync(CancellationToken cancellation)
    {
        Directory.CreateDirectory(queue.Directory);
        var deadline = DateTimeOffset.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(queue.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellation);
            }
        }
    }
}
