using System.Globalization;
using Calibrate.Agent.Planning;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Agent.Tests.Worker;
using Calibrate.Core.Results;
using Calibrate.Core.Running;

namespace Calibrate.Agent.Tests.Running;

/// <summary>
/// The runner with real child processes: the real WorkerEntry and WorkerLoop in Calibrate.Agent.Tests.Worker, real
/// pipes and signals, test kernels that are slow to set up, wrong or die. After every test no copy may be left.
/// </summary>
[Platform("Linux")]
[NonParallelizable]
public sealed class MultiCopyRunnerTests
{
    private static readonly string WorkerDll = Path.Combine(TestContext.CurrentContext.TestDirectory, "Calibrate.Agent.Tests.Worker.dll");

    [TearDown]
    public void NoCopyIsLeft()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (Copies().Length > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.That(Copies(), Is.Empty, "a copy outlived the runner");
    }

    [Test]
    public async Task Copies_start_together_behind_the_barrier_even_when_one_sets_up_slowly()
    {
        // Copy 1 needs 2 s to set up. Without the barrier copy 0 would start timing as soon as it had warmed up; behind
        // it, copy 0's first timed iteration comes after copy 1 finished its setup (the kernels mark both moments).
        var marks = Directory.CreateTempSubdirectory("calibrate-marks-");
        Environment.SetEnvironmentVariable(TestKernel.MarksVariable, marks.FullName);
        try
        {
            var measured = await new MultiCopyRunner().RunAsync(Request(["spin", "slowsetup1-2000"], copies: 2, budget: TimeSpan.FromSeconds(1)), CancellationToken.None);
            long Mark(string name) => long.Parse(File.ReadAllText(Path.Combine(marks.FullName, name)), CultureInfo.InvariantCulture);
            Assert.Multiple(() =>
            {
                Assert.That(Mark("copy0.spin.first"), Is.GreaterThan(Mark("copy1.slowsetup1-2000.ready")), "copy 0 timed before copy 1 was ready");
                Assert.That(Mark("copy0.slowsetup1-2000.ready"), Is.LessThan(Mark("copy1.slowsetup1-2000.ready")), "copy 1 set up slowly");
                Assert.That(measured.Result.Timing!.SetupSeconds, Is.GreaterThanOrEqualTo(2.0), "setup waits for the slowest copy");
                Assert.That(measured.Result.Timing.StartSkewSeconds, Is.LessThan(0.5), "GO reaches every copy at once");
                Assert.That(measured.Result.NodeScore, Is.EqualTo(Core.Scoring.NodeScoring.Of(measured.Snapshot)), "the score is the snapshot's");
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(TestKernel.MarksVariable, null);
            marks.Delete(recursive: true);
        }
    }

    [Test]
    public async Task A_sample_is_as_many_units_as_fill_the_target_and_the_probes_run_every_round()
    {
        // A spin unit takes about 5 ms (more on a loaded machine): a 40 ms target makes samples of several units, the
        // same on every copy. UnitsPerSampleTests checks the choice itself.
        var measured = await new MultiCopyRunner().RunAsync(Request(["spin"], copies: 2, budget: TimeSpan.FromSeconds(2)), CancellationToken.None);
        var units = measured.Result.Copies.Select(c => c.Kernels.Single().UnitsPerSample).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(units.Distinct().Single(), Is.InRange(2, 13), "units per sample");
            Assert.That(measured.Result.Plan.SampleTargetSeconds, Is.EqualTo(ProfileSettings.Quick.SampleTarget.TotalSeconds));
            Assert.That(measured.Result.Plan.Schedule, Is.EqualTo("lockstep"));
            Assert.That(measured.Probes.Select(p => (p.Probe, p.Copy)), Is.EquivalentTo(new[] { ("alu", 0), ("memory", 0), ("alu", 1), ("memory", 1) }));
            Assert.That(measured.Probes.All(p => p.Seconds.Count >= measured.Snapshot.Copies[p.Copy]["spin"].Count - 1), Is.True, "one probe run per round");
        });
    }

    [Test]
    public async Task A_node_five_times_slower_takes_about_as_many_samples_of_each_kernel()
    {
        // Units of 2 ms (a fast node) and of 10 ms (five times slower), a 10 ms sample target: the fast node times 5
        // units a sample, the slow one 1, and both take about as many samples in the same budget. Without units the
        // slow node would take a fifth of the samples.
        var settings = new ProfileSettings(Profile.Quick, TimeSpan.FromSeconds(3), 1, TimeSpan.FromSeconds(30)) { SampleTarget = TimeSpan.FromMilliseconds(10) };
        var fast = await new MultiCopyRunner().RunAsync(Request(["unit2"], copies: 1, budget: TimeSpan.FromSeconds(3)) with { Settings = settings }, CancellationToken.None);
        var slow = await new MultiCopyRunner().RunAsync(Request(["unit10"], copies: 1, budget: TimeSpan.FromSeconds(3)) with { Settings = settings }, CancellationToken.None);
        var (fastSamples, slowSamples) = (fast.Snapshot.Copies[0]["unit2"].Count, slow.Snapshot.Copies[0]["unit10"].Count);
        Assert.Multiple(() =>
        {
            Assert.That(fast.Result.Copies[0].Kernels[0].UnitsPerSample, Is.GreaterThanOrEqualTo(3));
            Assert.That(slow.Result.Copies[0].Kernels[0].UnitsPerSample, Is.EqualTo(1));
            Assert.That((double)slowSamples / fastSamples, Is.InRange(0.6, 1.6), $"samples: fast {fastSamples}, slow {slowSamples}");
            Assert.That(slow.Result.Copies[0].Kernels[0].Seconds / fast.Result.Copies[0].Kernels[0].Seconds, Is.GreaterThan(3), "seconds are per unit: the slow node's are longer");
        });
    }

    [Test]
    public void A_copy_that_dies_fails_the_run_naming_the_copy_and_its_exit_code()
    {
        var error = Assert.ThrowsAsync<RunFailedException>(() =>
            new MultiCopyRunner().RunAsync(Request(["spin", "exit1-8"], copies: 2, budget: TimeSpan.FromSeconds(5)), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("copy 1").And.Contain(TestKernel.ExitCode.ToString(CultureInfo.InvariantCulture)));
    }

    [Test]
    public void A_kernel_that_fails_verification_makes_the_run_invalid()
    {
        var error = Assert.ThrowsAsync<InvalidMeasurementException>(() =>
            new MultiCopyRunner().RunAsync(Request(["spin", "bad0-8"], copies: 2, budget: TimeSpan.FromSeconds(5)), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("copy 0").And.Contain("bad0-8").And.Contain("the run is invalid"));
    }

    [Test]
    public async Task Cancellation_during_the_measurement_kills_every_copy()
    {
        using var cancellation = new CancellationTokenSource();
        var measuring = new TaskCompletionSource();
        var progress = new Progress(p =>
        {
            if (p.Phase == "measuring")
            {
                measuring.TrySetResult();
            }
        });
        var run = new MultiCopyRunner(progress).RunAsync(Request(["spin"], copies: 2, budget: TimeSpan.FromSeconds(30)), cancellation.Token);
        await Task.WhenAny(measuring.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.That(measuring.Task.IsCompleted, Is.True, "the copies never started measuring");
        Assert.That(Copies(), Has.Length.EqualTo(2), "both copies run");
        await cancellation.CancelAsync();
        Assert.That(async () => await run, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task A_stopping_rule_ends_the_run_and_its_last_check_is_handed_back()
    {
        var stopAfter = new StopAfterSamples(20);
        var measured = await new MultiCopyRunner().RunAsync(Request(["spin"], copies: 2, budget: TimeSpan.FromSeconds(30)) with { StoppingRule = stopAfter }, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(measured.LastCheck.Stop, Is.True);
            Assert.That(measured.LastCheck.Reason, Is.EqualTo(StopReason.TargetMet));
            Assert.That(measured.Result.Timing!.StoppedOnPrecision, Is.True);
            Assert.That(measured.Result.Timing.MeasureSeconds, Is.LessThan(30));
            Assert.That(measured.Snapshot.Copies.All(c => c["spin"].Count >= 20), Is.True);
        });
    }

    private static RunRequest Request(IReadOnlyList<string> kernels, int copies, TimeSpan budget)
    {
        var probe = NodeProber.Probe();
        return new RunRequest
        {
            Probe = probe,
            Placements = CopyPlanner.Plan(probe, Math.Min(copies, probe.AllowedCpus.Count), Pinning.None),
            Settings = new ProfileSettings(Profile.Quick, budget, 1, budget + TimeSpan.FromSeconds(20)),
            Kernels = kernels,
            ReferenceSeconds = kernels.ToDictionary(k => k, _ => 0.05),
            Pinning = "none",
            Budget = budget,
            Provenance = new Provenance { ToolVersion = "test", RuntimeVersion = "test", OsDescription = "test", RuntimeKnobs = new Dictionary<string, string>() },
            Launch = WorkerLaunch.ForAssembly(WorkerDll),
        };
    }

    /// <summary>The test workers this process started, by their command line.</summary>
    private static int[] Copies() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && CommandLine(pid).Contains("Calibrate.Agent.Tests.Worker.dll", StringComparison.Ordinal))
            .ToArray();

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }

    private sealed class StopAfterSamples(int samples) : IStoppingRule
    {
        public StopCheck Evaluate(SampleSnapshot snapshot, TimeSpan elapsed)
        {
            var fewest = snapshot.Copies.Min(c => c.Values.Min(s => s.Count));
            return new StopCheck(fewest >= samples, fewest >= samples, fewest >= samples ? StopReason.TargetMet : StopReason.Continue, null, fewest, null);
        }
    }
}
