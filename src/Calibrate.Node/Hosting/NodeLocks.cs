using Calibrate.Platform.Locking;

namespace Calibrate.Node.Hosting;

/// <summary>Where this node's measurement lock is: $CALIBRATE_LOCK_FILE, /run/calibrate.lock for root, else in results/.</summary>
public static class NodeLocks
{
    public static string PathFor(NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return NodeLock.DefaultPath(environment.GetEnvironment, environment.ResolvePath, environment.ResultsDirectory);
    }
}
