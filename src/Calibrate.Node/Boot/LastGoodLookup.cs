using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Node.Hosting;
using Calibrate.Node.Stores;
using Calibrate.Store;

namespace Calibrate.Node.Boot;

/// <summary>
/// Finds the fallback for `--fallback`: the newest stored result of this host name that passes the publish gate and
/// was measured on the same hardware (<see cref="HardwareFingerprint"/>), looking in the stores in order.
/// </summary>
public static class LastGoodLookup
{
    /// <summary>How far back to look: the newest results of one node; older ones than this are history, not a fallback.</summary>
    public const int Depth = 20;

    public static RunResult? Find(IEnumerable<StoreTarget> targets, string hostname, HardwareFingerprint hardware, Guid exclude, NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var target in targets)
        {
            try
            {
                using var store = StoreLocation.Open(target.Argument, environment);
                foreach (var summary in store.Query(new ResultFilter { Hostname = hostname, Limit = Depth }))
                {
                    if (summary.Id == exclude || summary.Disturbed || summary.EstimateValue is null)
                    {
                        continue;
                    }

                    if (store.Get(summary.Id) is { } candidate && BootGate.CanStandIn(candidate, hardware) is null)
                    {
                        return candidate;
                    }
                }
            }
            catch (StoreException)
            {
                // The next store may know it; boot already reported this store's failure.
            }
        }

        return null;
    }
}
