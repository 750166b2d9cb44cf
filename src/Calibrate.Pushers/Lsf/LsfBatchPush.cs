using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Makes a burst of nodes booting together cost one LSF reconfiguration, not one per node. Each invocation
/// (1) drops its nodes into the <see cref="LsfPendingSpool"/>, (2) waits the debounce time so that the rest of the burst
/// can arrive, (3) takes an exclusive lock on the spool, (4) plans from every pending node at once against the files as
/// they are now, records the reconfiguration as pending (<see cref="LsfReconfigJournal"/>), applies that one plan (one
/// `ckconfig`, `reconfig`, `mbdrestart`), verifies with `lshosts -w` that LIM shows the new factors, and only then
/// removes the journal and the entries it consumed. Invocations that get the lock afterwards find their nodes already
/// consumed, or already reconciled (the plan has no changes), and run no command. A failure, or a kill, leaves the
/// entries and the journal pending: the next push reconfigures even if the files need no change.
/// </summary>
public sealed class LsfBatchPush(LsfPendingSpool queue, PlanApplier applier, LsfReconfigVerifier verifier)
{
    /// <summary>Long enough for a rack powered on together to enqueue; short enough not to delay a boot noticeably.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromMinutes(10);

    public const string CompletingNote = "completing the reconfiguration a killed push left pending";

    public TimeSpan Debounce { get; init; } = DefaultDebounce;

    public TimeSpan LockTimeout { get; init; } = DefaultLockTimeout;

    public LsfReconfigJournal Journal { get; } = new(queue.Directory);

    /// <summary>The outcome; null when another invocation consumed this one's nodes and nothing was left to do.</summary>
    public async Task<PushOutcome?> RunAsync(IReadOnlyList<NodeFactor> nodes, LsfConfigFiles files, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(files);
        foreach (var node in nodes)
        {
            queue.Enqueue(node);
        }

        await Task.Delay(Debounce, cancellation);
        using var held = await AcquireAsync(cancellation);
        queue.RemoveStaleTemporaries();
        var pending = queue.ReadAll();
        var left = Journal.Read();
        if (pending.Count == 0 && left is null)
        {
            return null;
        }

        var batch = pending.Select(p => p.Node).ToList();
        var plan = WithPendingReconfiguration(LsfMasterPlanner.Plan(files, batch), left);
        if (!plan.HasChanges)
        {
            FileTransaction.RemoveLeftovers(plan.Files);
            LsfPendingSpool.Remove(pending);
            return new PushOutcome(plan, false, []);
        }

        var expected = LsfExpectedHost.Merge(left ?? [], LsfMasterPlanner.Expected(files, batch));
        Journal.Write(expected);
        var outcome = await applier.ApplyAsync(plan, cancellation);
        if (await verifier.VerifyAsync(expected, cancellation) is { } problem)
        {
            throw new CommandFailedException(
                $"LIM does not show the new CPU factors {PlainNumber.Format(verifier.Timeout.TotalSeconds, 1)} s after `{LsfCommands.ReconfigLim.Command.Display}` succeeded ({LsfCommands.ShowHosts.Display}: {problem}); the reconfiguration stays pending in {Journal.Path}, the next push runs it again");
        }

        Journal.Remove();
        LsfPendingSpool.Remove(pending);
        return expected.Count == 0 ? outcome
            : outcome with { Plan = outcome.Plan with { Notes = [.. outcome.Plan.Notes, $"verified: {LsfCommands.ShowHosts.Display} shows {string.Join(", ", expected)}"] } };
    }

    /// <summary>The plan, with the whole reconfiguration and a note when a killed push left one pending (<paramref name="left"/> not null).</summary>
    public static PushPlan WithPendingReconfiguration(PushPlan plan, IReadOnlyList<LsfExpectedHost>? left)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return left is null ? plan : plan with { Commands = LsfCommands.Reconfigure, Notes = [CompletingNote, .. plan.Notes] };
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
