using Calibrate.Agent.Probing;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;

namespace Calibrate.Cli.Commands.Run;

/// <summary>
/// The main job, as an explicit pipeline: validate and plan, measure, analyse, store, report. Nothing is written
/// until the measurement has finished; an interrupted or failed run leaves nothing behind. Measure and store run
/// under the node lock (<see cref="NodeLock"/>), so a second calibrate on the node waits or refuses.
/// </summary>
public sealed class RunPipeline
{
    private readonly CliContext _context;

    public RunPipeline(CliContext context) => _context = context;

    public async Task<int> RunAsync(RunOptions options, CancellationToken cancellation)
    {
        var (result, stored) = await MeasureAndStoreAsync(options, cancellation);
        if (options.Json)
        {
            await _context.Out.WriteLineAsync(CalibrateJson.Serialize(result));
        }
        else
        {
            await _context.Out.WriteAsync(RunSummary.Render(result, stored));
        }

        return stored.StoreFailed ? ExitCodes.StoreUnavailable : ExitCodes.Ok;
    }

    /// <summary>The pipeline up to the stored, analysed result, without printing it (used by run and sweep).</summary>
    public async Task<(Core.Results.RunResult Result, StoredResult Stored)> MeasureAndStoreAsync(RunOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Fail on a bad model, reference or plan before measuring, not after a minute of work.
        var prepared = RunSteps.Prepare(options, NodeProber.Probe(), _context);
        using var held = await NodeLock.AcquireAsync(NodeLock.DefaultPath(_context), "calibrate run", options.LockWait, cancellation);
        var progress = new TerminalProgress(_context);
        var result = await RunSteps.MeasureAsync(prepared, progress, cancellation);
        progress.Finish();

        return (result, ResultPersistence.Persist(result, options, _context));
    }
}
