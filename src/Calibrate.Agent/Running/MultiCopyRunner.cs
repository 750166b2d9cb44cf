using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Calibrate.Agent.Interference;
using Calibrate.Agent.Worker;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Scoring;
using Calibrate.Core.Topology;
using Calibrate.Workloads.Probes;

namespace Calibrate.Agent.Running;

/// <summary>
/// Runs one measurement: one pinned child process per copy, all started together behind a barrier, sampled for
/// interference, stopped together when the budget or the precision target is reached. Every exit path (a failed
/// copy, a timeout, Ctrl-C) kills every child; nothing is written here, so nothing partial can be left behind.
/// </summary>
public sealed class MultiCopyRunner
{
    /// <summary>Setup (process start, input generation, JIT warm-up) may take this long on a slow node before the run is abandoned.</summary>
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromSeconds(120);

    /// <summary>After STOP a copy finishes its current iteration (~0.1 s here); allow for nodes far slower.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Kept free at the end of the wall limit for stopping the copies and writing the result.</summary>
    private static readonly TimeSpan StopMargin = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RuleInterval = TimeSpan.FromSeconds(1);

    private readonly IProgress<RunProgress>? _progress;

    public MultiCopyRunner(IProgress<RunProgress>? progress = null) => _progress = progress;

    public async Task<MeasuredRun> RunAsync(RunRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wall = Stopwatch.StartNew();
        var startedUtc = DateTimeOffset.UtcNow;
        var copies = request.Placements.Count;
        var states = request.Placements.Select(_ => new CopyState(request.Kernels, NoiseProbes.Names.Count)).ToArray();
        var messages = Channel.CreateUnbounded<(int Copy, WorkerMessage? Message)>();
        var children = new List<ChildCopy>(copies);
        try
        {
            foreach (var placement in request.Placements)
            {
                children.Add(ChildCopy.Start(
                    request.Launch, placement.Copy, request.Kernels, placement.Cpus, request.Settings.WallLimit + SetupTimeout, messages));
            }

            await WaitUntilReadyAsync(request, states, children, messages.Reader, wall, cancellation);
            var setupSeconds = wall.Elapsed.TotalSeconds;

            var measuredCpus = request.Placements.Any(p => p.Cpus is null)
                ? request.Probe.AllowedCpus
                : request.Placements.Aggregate(CpuSet.Empty, (all, p) => all.Union(p.Cpus!));
            var pids = children.Select(c => c.ProcessId).Append(Environment.ProcessId).ToArray();
            await using var monitor = new InterferenceMonitor(measuredCpus, () => pids);
            monitor.Start();
            var runnerCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

            var unitsPerSample = UnitsPerSample.Choose(states.Select(s => s.UnitSeconds).ToArray(), request.Kernels.Count, request.Settings.SampleTarget);
            var goLine = WorkerMessage.FormatGo(unitsPerSample, request.Settings.Lockstep);
            var go = Stopwatch.StartNew();
            foreach (var child in children)
            {
                await child.SendAsync(goLine);
            }

            var skew = go.Elapsed.TotalSeconds;
            var hardDeadline = request.Settings.WallLimit - wall.Elapsed - StopMargin;
            var stop = await MeasureAsync(request, states, children, messages.Reader, go, Min(request.Budget, hardDeadline), hardDeadline, cancellation);
            var measureSeconds = go.Elapsed.TotalSeconds;
            var runnerCpu = (Process.GetCurrentProcess().TotalProcessorTime - runnerCpuAtStart).TotalSeconds;
            var interference = await monitor.StopAsync();

            foreach (var child in children)
            {
                await child.SendAsync(WorkerMessage.Stop);
            }

            await DrainUntilExitAsync(states, children, messages.Reader, cancellation);

            var snapshot = ResultAssembler.Snapshot(states.Select(s => s.Freeze()).ToArray(), request.ReferenceSeconds, request.Settings.Repetitions);
            var pinned = request.Placements.Select(p => p.Cpus is null ? null : states[p.Copy].ActualCpus).ToArray();
            var copyResults = ResultAssembler.Copies(snapshot, pinned, unitsPerSample);
            var result = new RunResult
            {
                Id = Guid.NewGuid(),
                Hostname = request.Probe.Hostname,
                Label = request.Label,
                StartedUtc = startedUtc,
                FinishedUtc = DateTimeOffset.UtcNow,
                Probe = request.Probe,
                Provenance = request.Provenance,
                Plan = new RunPlan
                {
                    Profile = request.Settings.Profile,
                    Copies = copies,
                    Pinning = request.Pinning,
                    Label = request.Label,
                    PrecisionTarget = request.PrecisionTarget,
                    Budget = request.Budget,
                    Repetitions = request.Settings.Repetitions,
                    SampleTargetSeconds = request.Settings.SampleTarget.TotalSeconds,
                    Schedule = request.Settings.Lockstep ? "lockstep" : "rotate",
                },
                Copies = copyResults,
                NodeScore = NodeScoring.Of(snapshot),
                Interference = interference,
                Timing = new RunTiming
                {
                    SetupSeconds = setupSeconds,
                    StartSkewSeconds = skew,
                    MeasureSeconds = measureSeconds,
                    RunnerCpuSeconds = runnerCpu,
                    RunnerOverheadFraction = runnerCpu / (copies * measureSeconds),
                    StoppedOnPrecision = stop.Stop && stop.TargetMet,
                },
            };
            return new MeasuredRun(result, snapshot, stop) { Probes = Probes(states) };
        }
        finally
        {
            foreach (var child in children)
            {
                await child.DisposeAsync();
            }
        }
    }

    private async Task WaitUntilReadyAsync(
        RunRequest request,
        CopyState[] states,
        List<ChildCopy> children,
        ChannelReader<(int Copy, WorkerMessage? Message)> reader,
        Stopwatch wall,
        CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(SetupTimeout);
        try
        {
            while (states.Any(s => !s.Ready))
            {
                var (copy, message) = await reader.ReadAsync(timeout.Token);
                Handle(states, copy, message);
                ThrowIfFailed(states, children);
                Report("starting", request, states, 0, wall.Elapsed, null);
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new RunFailedException(string.Create(
                CultureInfo.InvariantCulture,
                $"the copies were not ready after {SetupTimeout.TotalSeconds:F0} s (only {states.Count(s => s.Ready)} of {states.Length})"));
        }
    }

    private async Task<StopCheck> MeasureAsync(
        RunRequest request,
        CopyState[] states,
        List<ChildCopy> children,
        ChannelReader<(int Copy, WorkerMessage? Message)> reader,
        Stopwatch go,
        TimeSpan budget,
        TimeSpan hardDeadline,
        CancellationToken cancellation)
    {
        var lastProgress = TimeSpan.Zero;
        var lastRule = TimeSpan.Zero;
        var roundsReleased = 0;
        var check = StopCheck.None;
        // The budget is a target: the first full round of every copy is always finished, within the wall limit.
        while (go.Elapsed < budget || (!AllKernelsSampled(states) && go.Elapsed < hardDeadline))
        {
            cancellation.ThrowIfCancellationRequested();
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            wait.CancelAfter(Min(ProgressInterval, Max(TimeSpan.FromMilliseconds(10), budget - go.Elapsed)));
            try
            {
                var (copy, message) = await reader.ReadAsync(wait.Token);
                Handle(states, copy, message);
                if (states.Any(s => s.Failure is not null || s.Exited))
                {
                    await ThrowExitedAsync(states, children);
                }

                if (request.Settings.Lockstep && message is WorkerMessage.RoundDone && states.All(s => s.RoundsDone > roundsReleased))
                {
                    // Every copy finished the round: all start the next one together.
                    roundsReleased++;
                    foreach (var child in children)
                    {
                        await child.SendAsync(WorkerMessage.Next);
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // No message within the interval: time to report progress or to stop.
            }

            if (request.StoppingRule is not null && go.Elapsed - lastRule >= RuleInterval && AllKernelsSampled(states))
            {
                lastRule = go.Elapsed;
                check = request.StoppingRule.Evaluate(
                    ResultAssembler.Snapshot(states.Select(s => s.Freeze()).ToArray(), request.ReferenceSeconds, request.Settings.Repetitions), go.Elapsed);
                if (check.Stop)
                {
                    return check;
                }
            }

            if (go.Elapsed - lastProgress >= ProgressInterval)
            {
                lastProgress = go.Elapsed;
                Report("measuring", request, states, states.Sum(s => s.Samples.Values.Sum(v => (long)v.Count)), go.Elapsed, check.RelativeHalfWidth);
            }
        }

        if (!AllKernelsSampled(states))
        {
            throw new RunFailedException("the wall-time limit ended before every copy had run every kernel once: this node is too slow for the profile; raise --budget");
        }

        return check with { Stop = false };
    }

    private static async Task DrainUntilExitAsync(
        CopyState[] states,
        List<ChildCopy> children,
        ChannelReader<(int Copy, WorkerMessage? Message)> reader,
        CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(StopTimeout);
        try
        {
            // Samples that arrive after STOP was sent are still valid measurements (all copies were running).
            while (states.Any(s => !s.Exited))
            {
                var (copy, message) = await reader.ReadAsync(timeout.Token);
                if (message is WorkerMessage.Sample or WorkerMessage.ProbeSample or WorkerMessage.ChecksumMismatch or WorkerMessage.Failure or null)
                {
                    states[copy].Exited |= message is null;
                    if (message is not null)
                    {
                        Handle(states, copy, message);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new RunFailedException("a copy did not stop within 20 s of being told to");
        }

        foreach (var child in children)
        {
            await child.WaitForExitAsync(TimeSpan.FromSeconds(5));
        }

        ThrowIfFailed(states, children);
    }

    /// <summary>A copy ended mid-measurement: wait a moment for its exit code, then fail the run naming it.</summary>
    private static async Task ThrowExitedAsync(CopyState[] states, List<ChildCopy> children)
    {
        var copy = Array.FindIndex(states, s => s.Exited || s.Failure is not null);
        await children[copy].WaitForExitAsync(TimeSpan.FromSeconds(2));
        ThrowIfFailed(states, children);
        throw new RunFailedException($"copy {copy} exited during the measurement (exit code 0, before it was told to stop)");
    }

    private static void Handle(CopyState[] states, int copy, WorkerMessage? message)
    {
        var state = states[copy];
        switch (message)
        {
            case WorkerMessage.Ready ready:
                state.Ready = true;
                state.ActualCpus = ready.Cpus;
                state.UnitSeconds = ready.UnitSeconds;
                break;
            case WorkerMessage.ProbeSample probe when probe.Probe < state.ProbeSamples.Count:
                state.ProbeSamples[probe.Probe].Add(probe.Seconds);
                break;
            case WorkerMessage.RoundDone round:
                state.RoundsDone = round.Round + 1;
                break;
            case WorkerMessage.Sample sample when sample.Kernel < state.Kernels.Count:
                state.Samples[state.Kernels[sample.Kernel]].Add(sample.Seconds);
                break;
            case WorkerMessage.ChecksumMismatch bad:
                throw new InvalidMeasurementException($"copy {copy}: {bad.Detail}; the run is invalid");
            case WorkerMessage.Failure failure:
                state.Failure = failure.Detail;
                break;
            case null:
                state.Exited = true;
                break;
        }
    }

    private static void ThrowIfFailed(CopyState[] states, List<ChildCopy> children)
    {
        for (var i = 0; i < states.Length; i++)
        {
            var exitCode = i < children.Count ? children[i].ExitCode : null;
            if (states[i].Failure is { } failure)
            {
                throw new RunFailedException($"copy {i} failed: {failure}");
            }

            if (states[i].Exited && (!states[i].Ready || exitCode is not (null or 0)))
            {
                var stderr = i < children.Count ? children[i].StderrTail : "";
                throw new RunFailedException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"copy {i} exited early (exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "?"}){(stderr.Length > 0 ? ": " + FirstLine(stderr) : "")}"));
            }
        }
    }

    private static NoiseProbeSeries[] Probes(CopyState[] states) =>
        states.SelectMany((s, copy) => NoiseProbes.Names.Select((name, p) => new NoiseProbeSeries(name, copy, s.ProbeSamples[p].ToArray()))).ToArray();

    private static bool AllKernelsSampled(CopyState[] states) => states.All(s => s.Samples.Values.All(v => v.Count > 0));

    private void Report(string phase, RunRequest request, CopyState[] states, long samples, TimeSpan elapsed, double? halfWidth) =>
        _progress?.Report(new RunProgress(phase, states.Length, states.Count(s => s.Ready), samples, elapsed, request.Budget, halfWidth)
        {
            KernelSamples = request.Kernels.Select(k => KeyValuePair.Create(k, states.Min(s => s.Samples[k].Count))).ToArray(),
            Target = request.PrecisionTarget,
        });

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
