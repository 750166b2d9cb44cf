using System.Diagnostics;
using Calibrate.Agent.Planning;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Measurement;
using Calibrate.Platform.Locking;
using Calibrate.Pushers.Common;
using Calibrate.Workloads;

namespace Calibrate.Node.Boot;

/// <summary>
/// `calibrate boot` as steps, each on one journal line: config, lock, probe, measure (the quick profile with a
/// precision target), verdict, estimate, store, publish decision, push, done. The budget is hard: every step runs
/// under a deadline (<see cref="Bounded"/>) and is abandoned when it passes, so a hung kernel, store or pusher never
/// holds up the node's start; whatever the measurement was, a result that is not fit to publish publishes nothing.
/// </summary>
public sealed class BootPipeline(Site site, IBootJournal journal)
{
    public async Task<BootOutcome> RunAsync(CancellationToken cancellation)
    {
        var config = site.Config;
        var clock = Stopwatch.StartNew();
        var budget = BootBudget.Split(config.Boot.Budget);
        TimeSpan Remaining() => budget.Total - clock.Elapsed;
        var stores = BootStoreStep.Targets(site);
        journal.Record("config", BootLines.Config(config, stores[0].Argument));

        NodeLock held;
        var lockPath = NodeLocks.PathFor(site.Environment);
        try
        {
            var wait = config.Boot.LockWait < Remaining() * BootBudget.SetupShare ? config.Boot.LockWait : Remaining() * BootBudget.SetupShare;
            held = await NodeLock.AcquireAsync(lockPath, "calibrate boot", wait, cancellation);
        }
        catch (NodeBusyException e)
        {
            journal.Record("failed", $"{e.Message}; nothing published");
            return BootOutcome.Busy;
        }

        using (held)
        {
            journal.Record("lock", lockPath);
            return await UnderLockAsync(stores, budget, Remaining, clock, cancellation);
        }
    }

    private async Task<BootOutcome> UnderLockAsync(
        IReadOnlyList<StoreTarget> stores, BootBudget budget, Func<TimeSpan> remaining, Stopwatch clock, CancellationToken cancellation)
    {
        var config = site.Config;
        var probe = await Bounded.RunAsync(_ => Task.FromResult(NodeProber.Probe()), remaining(), cancellation);
        if (probe.Value is not { } node)
        {
            journal.Record("failed", BootLines.Failed(["the probe did not finish within the budget"], false, clock.Elapsed));
            return BootOutcome.Failed;
        }

        journal.Record("probe", BootLines.Probe(node));
        var hardware = HardwareFingerprint.Of(node);
        var (measured, failure) = await MeasureAsync(node, budget, clock, cancellation);
        var storedEverywhere = true;
        if (measured is not null)
        {
            journal.Record("measure", BootLines.Measure(measured));
            journal.Record("verdict", BootLines.Verdict(measured));
            journal.Record("estimate", BootLines.Estimate(measured));
            storedEverywhere = await new BootStoreStep(site.Environment, journal, new PendingResults(Path.Combine(site.Environment.ResultsDirectory, "pending")))
                .SaveAsync(measured, stores, config.Store.Timeout, remaining, cancellation);
        }
        else
        {
            journal.Record("measure", "FAILED: " + failure!.Value.Reason);
        }

        var lastGood = config.Boot.Fallback && (measured is null || PublishGate.Refusals(measured).Count > 0)
            ? await FindLastGoodAsync(stores, node, hardware, measured?.Id ?? Guid.Empty, remaining(), cancellation)
            : null;
        var decision = BootGate.Decide(measured, failure, hardware, lastGood);
        if (decision.Publish is not { } publish)
        {
            journal.Record("failed", BootLines.Failed(decision.Reasons, false, clock.Elapsed));
            return decision.Outcome;
        }

        if (decision.IsFallback)
        {
            journal.Record("fallback", BootLines.Fallback(publish));
        }

        var (published, pushFailed) = await new BootPushStep(site.Environment, journal).PushAsync(publish, config.Pushers, remaining, cancellation);
        if (decision.IsFallback)
        {
            journal.Record("failed", BootLines.Failed(decision.Reasons, published.Count > 0, clock.Elapsed));
            return decision.Outcome;
        }

        journal.Record(pushFailed ? "done with errors" : "done", BootLines.Done(publish, published, clock.Elapsed));
        return pushFailed ? BootOutcome.PushFailed : storedEverywhere ? BootOutcome.Published : BootOutcome.StoreFailed;
    }

    private async Task<(RunResult? Result, (string Reason, BootOutcome Outcome)? Failure)> MeasureAsync(
        NodeProbe node, BootBudget budget, Stopwatch clock, CancellationToken cancellation)
    {
        var measure = site.Config.Measure;
        var options = new RunOptions
        {
            Profile = measure.Profile,
            Copies = measure.Copies,
            Pinning = measure.Pinning,
            Label = measure.Label,
            Precision = measure.Precision,
            MaxInterval = measure.MaxInterval,
            Budget = budget.Measure,
        };
        try
        {
            BootBudget.CheckOn(node, measure, budget.Total);
            var prepared = RunSteps.Prepare(options, node, site);
            var stopAt = budget.MeasureDeadline - BootBudget.StopMargin;
            prepared = prepared with { Request = prepared.Request with { StoppingRule = new DeadlineStop(prepared.Request.StoppingRule, () => clock.Elapsed >= stopAt) } };
            var outcome = await Bounded.RunAsync(ct => RunSteps.MeasureAsync(prepared, null, ct), budget.MeasureDeadline - clock.Elapsed, cancellation);
            return outcome.Value is { } result
                ? (result, null)
                : (null, (FormattableString.Invariant($"the measurement did not finish within {budget.MeasureDeadline.TotalSeconds:0.#} s of the {budget.Total.TotalSeconds:0.#} s budget; its copies were stopped"), BootOutcome.Failed));
        }
        catch (InvalidMeasurementException e)
        {
            return (null, (e.Message, BootOutcome.InvalidMeasurement));
        }
        catch (Exception e) when (e is RunFailedException or PlanException or ProbeException or InputException or OperationFailedException or IOException)
        {
            return (null, (e.Message, BootOutcome.Failed));
        }
    }

    private async Task<RunResult?> FindLastGoodAsync(
        IReadOnlyList<StoreTarget> stores, NodeProbe node, HardwareFingerprint hardware, Guid exclude, TimeSpan limit, CancellationToken cancellation)
    {
        var outcome = await Bounded.RunAsync(_ => Task.FromResult(LastGoodLookup.Find(stores, node.Hostname, hardware, exclude, site.Environment)), limit, cancellation);
        return outcome.Value;
    }
}
