using Calibrate.Agent.Planning;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Cli.Calibration;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Workloads;

namespace Calibrate.Cli.Commands.Run;

/// <summary>
/// The main job, as an explicit pipeline: validate and plan, measure, analyse, store, report. Nothing is written
/// until the measurement has finished; an interrupted or failed run leaves nothing behind.
/// </summary>
public sealed class RunPipeline
{
    private readonly CliContext _context;

    public RunPipeline(CliContext context) => _context = context;

    public async Task<int> RunAsync(RunOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Fail on a bad model or reference before measuring, not after a minute of work.
        var model = new ModelRepository(_context).Current();
        var reference = SiteReference.Hs06PerSlot(_context, options.ReferenceHs06PerSlot);
        var probe = NodeProber.Probe();
        var placements = CopyPlanner.Plan(probe, options.Copies, options.Pinning);
        var settings = ProfileSettings.For(options.Profile);
        var budget = options.Budget ?? settings.MeasureBudget;
        if (options.Budget is { } b)
        {
            settings = settings with { MeasureBudget = b, WallLimit = b + (settings.WallLimit - settings.MeasureBudget) };
        }

        var kernels = KernelCatalog.CreateAll();
        var request = new RunRequest
        {
            Probe = probe,
            Placements = placements,
            Settings = settings,
            Kernels = kernels.Select(k => k.Name).ToArray(),
            ReferenceSeconds = kernels.ToDictionary(k => k.Name, k => k.ReferenceSeconds),
            Pinning = options.Pinning.ToString(),
            Label = options.Label,
            Budget = budget,
            PrecisionTarget = options.Precision,
            StoppingRule = RunAnalysis.StoppingRule(options.Precision, budget),
            Provenance = ToolInfo.Provenance(),
            Launch = WorkerLaunch.ForAssembly(typeof(RunPipeline).Assembly.Location),
        };

        var progress = new TerminalProgress(_context);
        var measured = await new MultiCopyRunner(progress).RunAsync(request, cancellation);
        progress.Finish();

        var result = RunAnalysis.Analyse(measured, model, reference);
        var stored = ResultPersistence.Persist(result, options, _context);
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
}
