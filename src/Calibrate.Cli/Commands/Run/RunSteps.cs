using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Cli.Calibration;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Workloads;

namespace Calibrate.Cli.Commands.Run;

/// <summary>
/// The steps of a measurement that `run`, `sweep` and `boot` share: prepare (model, reference, plan; everything that
/// can fail before a minute of work), then measure and analyse. Storing and reporting differ per command.
/// </summary>
public static class RunSteps
{
    /// <summary>Loads the model and reference and plans the copies on the probed node; throws on bad input.</summary>
    public static PreparedRun Prepare(RunOptions options, NodeProbe probe, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(probe);
        var model = new ModelRepository(context).Current();
        var reference = SiteReference.Hs06PerSlot(context, options.ReferenceHs06PerSlot);
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
            Launch = WorkerLaunch.ForAssembly(typeof(RunSteps).Assembly.Location),
        };
        return new PreparedRun(request, model, reference);
    }

    /// <summary>Runs the copies (cancellation stops and reaps every child) and analyses what they measured.</summary>
    public static async Task<RunResult> MeasureAsync(PreparedRun run, IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(run);
        var measured = await new MultiCopyRunner(progress).RunAsync(run.Request, cancellation);
        return RunAnalysis.Analyse(measured, run.Model, run.ReferenceHs06PerSlot);
    }
}
