using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Quality;
using Calibrate.Statistics.Stopping;
using Calibrate.Workloads;

namespace Calibrate.Node.Measurement;

/// <summary>
/// The steps of a measurement that `run`, `sweep` and `boot` share: prepare (model, factor settings, plan; everything
/// that can fail before a minute of work), then measure and analyse. Storing and reporting differ per host.
/// </summary>
public static class RunSteps
{
    /// <summary>
    /// Loads the model and factor settings and plans the copies on the probed node; throws on bad input, and
    /// <see cref="BudgetTooShortException"/> for a budget under <see cref="LeastBudget"/>.
    /// </summary>
    public static PreparedRun Prepare(RunOptions options, NodeProbe probe, Site site)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(site);
        // A model that cannot be used costs the estimate, not the measurement (RunEstimate).
        CalibrationModel? model = null;
        string? modelProblem = null;
        try
        {
            model = site.Model(options.Unit);
        }
        catch (OperationFailedException e)
        {
            modelProblem = e.Message;
        }

        var factors = site.Factors(options.ReferencePerSlot, unitOption: options.Unit);
        var placements = CopyPlanner.Plan(probe, options.Copies, options.Pinning);
        var settings = ProfileSettings.For(options.Profile) with { Lockstep = options.Lockstep };
        var budget = options.Budget ?? settings.MeasureBudget;
        if (options.Budget is { } b)
        {
            settings = settings with { MeasureBudget = b, WallLimit = b + (settings.WallLimit - settings.MeasureBudget) };
        }

        var kernels = KernelCatalog.CreateAll();
        CheckBudget(options, probe, placements);

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
            StoppingRule = options.Precision is { } target ? new PrecisionStoppingRule(target, budget) : null,
            Provenance = ToolInfo.Provenance(),
            Launch = WorkerLaunch.Default(),
        };
        var history = NodeHistory.Load(site, probe, placements.Count, request.Pinning, request.Label, options.Store);
        var thresholds = QualityThresholds.Default with { WithinRunError = options.MaxInterval };
        return new PreparedRun(request, model, factors, history, modelProblem, thresholds);
    }

    /// <summary>
    /// Throws <see cref="BudgetTooShortException"/> when the options' --budget is under the least their run needs on
    /// <paramref name="probe"/> (<see cref="LeastBudget"/>); nothing to check without a budget. `sweep` asks it of
    /// every cell before the first is measured.
    /// </summary>
    /// <param name="options">the run's options.</param>
    /// <param name="probe">the node.</param>
    /// <param name="placements">the copies' placements, when already planned.</param>
    public static void CheckBudget(RunOptions options, NodeProbe probe, IReadOnlyList<CopyPlacement>? placements = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(probe);
        if (options.Budget is not { } given)
        {
            return;
        }

        var least = LeastBudget.Of(options.Profile, placements ?? CopyPlanner.Plan(probe, options.Copies, options.Pinning), probe);
        if (given < least.Measure)
        {
            throw new BudgetTooShortException(FormattableString.Invariant(
                $"--budget {given.TotalSeconds:0.###} s is too short to measure anything: this run needs at least {LeastBudget.Seconds(least.Measure)} ({least.Why})"));
        }
    }

    /// <summary>Runs the copies (cancellation stops and reaps every child) and analyses what they measured.</summary>
    public static async Task<RunResult> MeasureAsync(PreparedRun run, IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(run);
        var measured = await new MultiCopyRunner(progress).RunAsync(run.Request, cancellation);
        return RunAnalysis.Analyse(measured, run.Model, run.Factors, run.History, run.ModelProblem, run.Thresholds);
    }
}
