using System.Diagnostics;
using Calibrate.Agent.Planning;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Configuration;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Boot;

/// <summary>
/// `calibrate boot` as steps, each on one journal line: config, lock, probe, measure (the quick profile with a
/// precision target), verdict, estimate, store, publish decision, push, done. The budget is hard: every step runs
/// under a deadline (<see cref="Bounded"/>) and is abandoned when it passes, so a hung kernel, store or pusher never
/// holds up the node's start; whatever the measurement was, a result that is not fit to publish publishes nothing.
/// </summary>
public sealed class BootPipeline(CliContext context)
{
    private readonly BootJournal _journal = new(context.Out);

    public async Task<int> RunAsync(CalibrateConfig config, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(config);
        var clock = Stopwatch.StartNew();
        var budget = BootBudget.Split(config.Boot.Budget);
        TimeSpan Remaining() => budget.Total - clock.Elapsed;
        var scoped = WithModelDirectory(config);
        var stores = BootStoreStep.Targets(config.Store, scoped);
        _journal.Step("config", BootLines.Config(config, stores[0].Argument));

        NodeLock held;
        var lockPath = NodeLock.DefaultPath(scoped);
        try
        {
            var wait = config.Boot.LockWait < Remaining() * BootBudget.SetupShare ? config.Boot.LockWait : Remaining() * BootBudget.SetupShare;
            held = await NodeLock.AcquireAsync(lockPath, "calibrate boot", wait, cancellation);
        }
        catch (NodeBusyException e)
        {
            _journal.Step("failed", $"{e.Message}; nothing published");
            return ExitCodes.Busy;
        }

        using (held)
        {
            _journal.Step("lock", lockPath);
            return await UnderLockAsync(config, scoped, stores, budget, Remaining, clock, cancellation);
        }
    }

    private async Task<int> UnderLockAsync(
        CalibrateConfig config, CliContext scoped, IReadOnlyList<StoreTarget> stores, BootBudget budget, Func<TimeSpan> remaining, Stopwatch clock, CancellationToken cancellation)
    {
        var probe = await Bounded.RunAsync(_ => Task.FromResult(NodeProber.Probe()), remaining(), cancellation);
        if (probe.Value is not { } node)
        {
            _journal.Step("failed", BootLines.Failed(["the probe did not finish within the budget"], false, clock.Elapsed));
            return ExitCodes.Failed;
        }

        _journal.Step("probe", BootLines.Probe(node));
        var hardware = HardwareFingerprint.Of(node);
        var (measured, failure) = await MeasureAsync(config, scoped, node, budget, clock, cancellation);
        var storedEverywhere = true;
        if (measured is not null)
        {
            _journal.Step("measure", BootLines.Measure(measured));
            _journal.Step("verdict", BootLines.Verdict(measured));
            _journal.Step("estimate", BootLines.Estimate(measured));
            storedEverywhere = await new BootStoreStep(scoped, _journal, new PendingResults(Path.Combine(scoped.ResultsDirectory, "pending")))
                .SaveAsync(measured, stores, config.Store.Timeout, remaining, cancellation);
        }
        else
        {
            _journal.Step("measure", "FAILED: " + failure!.Value.Reason);
        }

        var lastGood = config.Boot.Fallback && (measured is null || NotPublishable(measured))
            ? await FindLastGoodAsync(scoped, stores, node, hardware, measured?.Id ?? Guid.Empty, remaining(), cancellation)
            : null;
        var decision = BootGate.Decide(measured, failure, hardware, lastGood);
        if (decision.Publish is not { } publish)
        {
            _journal.Step("failed", BootLines.Failed(decision.Reasons, false, clock.Elapsed));
            return decision.ExitCode;
        }

        if (decision.IsFallback)
        {
            _journal.Step("fallback", BootLines.Fallback(publish));
        }

        var (published, pushFailed) = await new BootPushStep(scoped, _journal).PushAsync(publish, config.Pushers, remaining, cancellation);
        if (decision.IsFallback)
        {
            _journal.Step("failed", BootLines.Failed(decision.Reasons, published.Count > 0, clock.Elapsed));
            return decision.ExitCode;
        }

        _journal.Step(pushFailed ? "done with errors" : "done", BootLines.Done(publish, published, clock.Elapsed));
        return pushFailed ? ExitCodes.ExternalCommandFailed : storedEverywhere ? ExitCodes.Ok : ExitCodes.StoreUnavailable;

        static bool NotPublishable(RunResult r) => Pushers.Common.PublishGate.Refusals(r).Count > 0;
    }

    private static async Task<(RunResult? Result, (string Reason, int ExitCode)? Failure)> MeasureAsync(
        CalibrateConfig config, CliContext scoped, NodeProbe node, BootBudget budget, Stopwatch clock, CancellationToken cancellation)
    {
        var options = new RunOptions
        {
            Profile = config.Measure.Profile,
            Copies = config.Measure.Copies,
            Pinning = config.Measure.Pinning,
            Label = config.Measure.Label,
            Precision = config.Measure.Precision,
            Budget = budget.Measure,
            ReferenceHs06PerSlot = config.Reference.Hs06PerSlot,
        };
        try
        {
            var prepared = RunSteps.Prepare(options, node, scoped);
            var stopAt = budget.MeasureDeadline - (Bounded.Grace * 3);
            prepared = prepared with { Request = prepared.Request with { StoppingRule = new DeadlineStop(prepared.Request.StoppingRule, () => clock.Elapsed >= stopAt) } };
            var outcome = await Bounded.RunAsync(ct => RunSteps.MeasureAsync(prepared, null, ct), budget.MeasureDeadline - clock.Elapsed, cancellation);
            return outcome.Value is { } result
                ? (result, null)
                : (null, (FormattableString.Invariant($"the measurement did not finish within {budget.MeasureDeadline.TotalSeconds:0.#} s of the {budget.Total.TotalSeconds:0.#} s budget; its copies were stopped"), ExitCodes.Failed));
        }
        catch (InvalidMeasurementException e)
        {
            return (null, (e.Message, ExitCodes.InvalidMeasurement));
        }
        catch (Exception e) when (e is RunFailedException or PlanException or ProbeException or CliException or IOException)
        {
            return (null, (e.Message, ExitCodes.Failed));
        }
    }

    private static async Task<RunResult?> FindLastGoodAsync(
        CliContext scoped, IReadOnlyList<StoreTarget> stores, NodeProbe node, HardwareFingerprint hardware, Guid exclude, TimeSpan limit, CancellationToken cancellation)
    {
        var options = new StoreOpenOptions { GetEnvironment = scoped.GetEnvironment };
        var outcome = await Bounded.RunAsync(_ => Task.FromResult(LastGoodLookup.Find(stores, node.Hostname, hardware, exclude, options)), limit, cancellation);
        return outcome.Value;
    }

    /// <summary>The config's model directory, as $CALIBRATE_MODEL_DIR for the model repository.</summary>
    private CliContext WithModelDirectory(CalibrateConfig config) =>
        config.Reference.ModelDirectory is { } dir
            ? context with { GetEnvironment = name => name == "CALIBRATE_MODEL_DIR" ? dir : context.GetEnvironment(name) }
            : context;
}
