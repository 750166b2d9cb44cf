namespace Calibrate.Node.Boot;

/// <summary>
/// Runs a step that may hang (a kernel, a store's connect, a pusher on a dead NFS mount) so that boot goes on
/// regardless: the step is asked to stop (its token is cancelled) a moment before its limit, and abandoned at the
/// limit if it has not stopped, its thread left to finish or fail on its own while boot moves on.
/// </summary>
public static class Bounded
{
    /// <summary>Time between asking a step to stop and abandoning it: enough to kill a child and roll back files.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>The step's value, or TimedOut; the step's own exceptions propagate.</summary>
    public static async Task<BoundedOutcome<T>> RunAsync<T>(Func<CancellationToken, Task<T>> step, TimeSpan limit, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (limit <= TimeSpan.Zero)
        {
            return new BoundedOutcome<T>(default, true);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        stop.CancelAfter(limit > Grace * 2 ? limit - Grace : limit / 2);
        var task = Task.Run(() => step(stop.Token), CancellationToken.None);
        var finished = await Task.WhenAny(task, Task.Delay(limit, cancellation));
        cancellation.ThrowIfCancellationRequested();
        if (finished != task)
        {
            await stop.CancelAsync();
            _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return new BoundedOutcome<T>(default, true);
        }

        try
        {
            return new BoundedOutcome<T>(await task, false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // Cancelled by its limit, not by Ctrl-C or SIGTERM: the step ran out of time.
            return new BoundedOutcome<T>(default, true);
        }
    }
}
