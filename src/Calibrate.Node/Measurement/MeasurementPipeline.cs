using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Locking;

namespace Calibrate.Node.Measurement;

/// <summary>
/// The main job, as an explicit pipeline: validate and plan, measure, analyse, store. Nothing is written until the
/// measurement has finished; an interrupted or failed run leaves nothing behind. Measure and store run under the node
/// lock (<see cref="NodeLock"/>), so a second calibrate on the node waits or refuses.
/// </summary>
public sealed class MeasurementPipeline(Site site)
{
    /// <summary>Measures this node, analyses and stores the result; what the host prints is its own business.</summary>
    public async Task<(RunResult Result, StoredResult Stored)> MeasureAndStoreAsync(
        RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Fail on a bad model, reference or plan before measuring, not after a minute of work.
        var prepared = RunSteps.Prepare(options, NodeProber.Probe(), site);
        using var held = await NodeLock.AcquireAsync(NodeLocks.PathFor(site.Environment), "calibrate run", options.LockWait, cancellation);
        var result = await RunSteps.MeasureAsync(prepared, progress, cancellation);
        return (result, ResultPersistence.Persist(result, options, site));
    }
}
