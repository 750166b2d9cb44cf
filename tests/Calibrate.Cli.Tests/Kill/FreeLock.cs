using Calibrate.Platform.Locking;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>The node lock after its holder was killed: the kernel released it with the process, whatever note is left.</summary>
internal static class FreeLock
{
    /// <summary>Takes the lock at once (no wait), as the next run or boot would, and lets it go.</summary>
    public static void AssertFree(string lockFile)
    {
        try
        {
            using var next = NodeLock.AcquireAsync(lockFile, "kill test", TimeSpan.Zero, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (NodeBusyException e)
        {
            Assert.Fail($"a killed calibrate's lock blocks the next one: {e.Message}");
        }
    }
}
