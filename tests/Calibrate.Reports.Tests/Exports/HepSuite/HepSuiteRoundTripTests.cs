using System.Globalization;
using System.Text.Json;
using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Core.Text;
using Calibrate.Reports.Exports.HepSuite;
using Calibrate.TestSupport.Results;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Exports.HepSuite;

/// <summary>
/// The figures of one result, written as a suite report and read back from its JSON text (under de-DE, a comma-decimal
/// culture): the estimate's as published (rounded once by <see cref="DecimalRounding"/>), the scores and samples as
/// stored, so that the node score is recomputed from the exported per-copy scores.
/// </summary>
public sealed class HepSuiteRoundTripTests
{
    private static readonly RunResult Result = Build();

    private static readonly JsonElement Root = JsonDocument.Parse(CultureScope.Run("de-DE", () => HepSuiteReport.Line(Result))).RootElement;

    private static JsonElement Exported => Root.GetProperty("profiles").GetProperty("calibrate");

    [Test]
    public void The_estimate_reads_back_as_stored_to_the_published_digit()
    {
        var e = Result.Estimate!;
        var b = e.Basis!;
        Assert.Multiple(() =>
        {
            Assert.That(Exported.GetProperty("value").GetDouble(), Is.EqualTo(DecimalRounding.Round(e.Value, FigureDecimals.Rating)));
            Assert.That(Exported.GetProperty("value").GetDouble(), Is.EqualTo(e.Value).Within(0.005));
            Assert.That(Exported.GetProperty("unit").GetString(), Is.EqualTo("est. HS23"));
            Assert.That(Exported.GetProperty("status").GetString(), Is.EqualTo("success"));
            Assert.That(Number("interval", "low"), Is.EqualTo(DecimalRounding.Round(e.Low, FigureDecimals.Rating)));
            Assert.That(Number("interval", "high"), Is.EqualTo(DecimalRounding.Round(e.High, FigureDecimals.Rating)));
            Assert.That(Number("interval", "level"), Is.EqualTo(e.Level));
            Assert.That(Number("cpu_factor", "value"), Is.EqualTo(DecimalRounding.Round(e.CpuFactor, FigureDecimals.CpuFactor)));
            Assert.That(Number("cpu_factor", "low"), Is.EqualTo(DecimalRounding.Round(e.CpuFactorLow, FigureDecimals.CpuFactor)));
            Assert.That(Number("cpu_factor", "high"), Is.EqualTo(DecimalRounding.Round(e.CpuFactorHigh, FigureDecimals.CpuFactor)));
            Assert.That(Number("cpu_factor", "reference_per_slot"), Is.EqualTo(e.ReferencePerSlot));
            Assert.That(Number("node_score", "value"), Is.EqualTo(DecimalRounding.Round(b.NodeScore, FigureDecimals.NodeScore)));
            Assert.That(Number("node_score", "low"), Is.EqualTo(DecimalRounding.Round(b.NodeScoreLow, FigureDecimals.NodeScore)));
            Assert.That(Number("node_score", "high"), Is.EqualTo(DecimalRounding.Round(b.NodeScoreHigh, FigureDecimals.NodeScore)));
            Assert.That(Exported.GetProperty("node_score").GetProperty("runs").GetInt32(), Is.EqualTo(b.Runs));
            Assert.That(Exported.GetProperty("settings").GetProperty("model_id").GetString(), Is.EqualTo(e.ModelId));
        });
    }

    [Test]
    public void The_node_score_is_recomputed_from_the_exported_per_copy_scores()
    {
        var benchmarks = Exported.GetProperty("benchmarks");
        var copyScores = benchmarks.EnumerateObject().Select(k => k.Value.GetProperty("copy_scores").EnumerateArray().Select(s => s.GetDouble()).ToArray()).ToArray();
        var nodeScore = Enumerable.Range(0, Result.Copies.Count).Sum(c => Hs06Aggregation.GeometricMean(copyScores.Select(k => k[c]).ToArray()));
        Assert.Multiple(() =>
        {
            Assert.That(Number("node_score", "this_run"), Is.EqualTo(Result.NodeScore));
            Assert.That(nodeScore, Is.EqualTo(Result.NodeScore).Within(Result.NodeScore * 1e-12));
            foreach (var kernel in Result.Copies[0].Kernels.Select(k => k.Kernel))
            {
                var stored = Result.Copies.Select(c => c.Kernels.Single(k => k.Kernel == kernel)).ToArray();
                Assert.That(benchmarks.GetProperty(kernel).GetProperty("copy_scores").EnumerateArray().Select(s => s.GetDouble()), Is.EqualTo(stored.Select(k => k.Score)), kernel);
                Assert.That(Exported.GetProperty("wl-scores").GetProperty(kernel).GetProperty(kernel).GetDouble(), Is.EqualTo(stored.Sum(k => k.Score)).Within(1e-12), kernel);
            }
        });
    }

    [Test]
    public void Each_repetition_is_a_run_with_its_duration_and_score()
    {
        var benchmarks = Exported.GetProperty("benchmarks");
        Assert.Multiple(() =>
        {
            foreach (var kernel in Result.Copies[0].Kernels.Select(k => k.Kernel))
            {
                var stored = Result.Copies.Select(c => c.Kernels.Single(k => k.Kernel == kernel)).ToArray();
                var benchmark = benchmarks.GetProperty(kernel);
                Assert.That(benchmark.EnumerateObject().Count(p => p.Name.StartsWith("run", StringComparison.Ordinal)), Is.EqualTo(3), kernel);
                for (var r = 0; r < 3; r++)
                {
                    var run = benchmark.GetProperty(string.Create(CultureInfo.InvariantCulture, $"run{r}"));
                    var scores = stored.Select(k => k.ReferenceSeconds / SampleMedian.Of(k.Repetitions[r])).ToArray();
                    Assert.That(run.GetProperty("duration").GetDouble(), Is.EqualTo(stored.Average(k => k.Repetitions[r].Sum() * k.UnitsPerSample)).Within(1e-9), $"{kernel} run{r}");
                    Assert.That(run.GetProperty("report").GetProperty("wl-scores").GetProperty(kernel).GetDouble(), Is.EqualTo(scores.Sum()).Within(1e-9), $"{kernel} run{r}");
                    Assert.That(run.GetProperty("report").GetProperty("wl-stats").GetProperty("count").GetInt32(), Is.EqualTo(Result.Copies.Count));
                    Assert.That(run.GetProperty("report").GetProperty("wl-stats").GetProperty("max").GetDouble(), Is.EqualTo(scores.Max()).Within(1e-9));
                }

                // A copy's stored score is the median of its repetitions' scores (HS06's run rule), so it lies within them.
                Assert.That(stored.All(k => k.Score >= Enumerable.Range(0, 3).Min(r => k.ReferenceSeconds / SampleMedian.Of(k.Repetitions[r]))), Is.True);
            }
        });
    }

    [Test]
    public void The_interference_samples_are_the_time_series_in_order()
    {
        var phase = Root.GetProperty("plugins").GetProperty("CommandExecutor").GetProperty("calibrate");
        var samples = Result.Interference.Samples;
        Assert.Multiple(() =>
        {
            Assert.That(Values(phase, "load"), Is.EqualTo(samples.Select(s => s.LoadAverage)));
            Assert.That(Values(phase, "steal"), Is.EqualTo(samples.Select(s => s.StealFraction)));
            Assert.That(Values(phase, "other-processes-cpu"), Is.EqualTo(samples.Select(s => s.OtherProcessesCpus)));
            Assert.That(Values(phase, "cpu-frequency"), Is.EqualTo(samples.Where(s => s.FrequencyMHz is not null).Select(s => s.FrequencyMHz!.Value)));
            var frequency = phase.GetProperty("cpu-frequency");
            Assert.That(frequency.GetProperty("statistics").GetProperty("total_count").GetInt32(), Is.EqualTo(samples.Count));
            Assert.That(frequency.GetProperty("statistics").GetProperty("valid_count").GetInt32(), Is.EqualTo(samples.Count - 1));
            Assert.That(frequency.GetProperty("config").GetProperty("unit").GetString(), Is.EqualTo("MHz"));
            Assert.That(frequency.GetProperty("config").GetProperty("interval_mins").GetDouble(), Is.EqualTo(1.0 / 60).Within(1e-12));
            Assert.That(DateTimeOffset.Parse(frequency.GetProperty("start_time").GetString()!, CultureInfo.InvariantCulture), Is.EqualTo(Result.StartedUtc.AddSeconds(samples[0].AtSeconds)));
            Assert.That(DateTimeOffset.Parse(frequency.GetProperty("end_time").GetString()!, CultureInfo.InvariantCulture), Is.EqualTo(Result.StartedUtc.AddSeconds(samples[^1].AtSeconds)));
        });
    }

    [Test]
    public void The_host_and_the_run_read_back_as_probed()
    {
        var host = Root.GetProperty("host");
        var cpu = host.GetProperty("HW").GetProperty("CPU");
        Assert.Multiple(() =>
        {
            Assert.That(Root.GetProperty("_id").GetString(), Is.EqualTo(Result.Id.ToString("D")));
            Assert.That(DateTimeOffset.Parse(Root.GetProperty("_timestamp").GetString()!, CultureInfo.InvariantCulture), Is.EqualTo(Result.StartedUtc));
            Assert.That(DateTimeOffset.Parse(Root.GetProperty("_timestamp_end").GetString()!, CultureInfo.InvariantCulture), Is.EqualTo(Result.FinishedUtc));
            Assert.That(host.GetProperty("hostname").GetString(), Is.EqualTo(Result.Hostname));
            Assert.That(cpu.GetProperty("CPU_Model").GetString(), Is.EqualTo(Result.Probe.Cpu.ModelName));
            Assert.That(cpu.GetProperty("CPU_num").GetInt32(), Is.EqualTo(8));
            Assert.That(cpu.GetProperty("Online_CPUs_list").GetString(), Is.EqualTo("0-7"));
            Assert.That(cpu.GetProperty("Sockets").GetInt32(), Is.EqualTo(2));
            Assert.That(cpu.GetProperty("Threads_per_core").GetInt32(), Is.EqualTo(2));
            Assert.That(cpu.GetProperty("Cores_per_socket").GetInt32(), Is.EqualTo(2));
            Assert.That(cpu.GetProperty("SMT_Enabled").GetString(), Is.EqualTo("1"));
            Assert.That(cpu.GetProperty("NUMA_node0_CPUs").GetString(), Is.EqualTo("0-7"));
            Assert.That(cpu.GetProperty("L3_cache").GetString(), Is.EqualTo("32 MiB (2 instances)"));
            Assert.That(host.GetProperty("HW").GetProperty("SYSTEM").GetProperty("isVM").GetBoolean(), Is.False);
            Assert.That(host.GetProperty("HW").GetProperty("MEMORY").GetProperty("Mem_Total").GetInt64(), Is.EqualTo(Result.Probe.MemoryKiB));
            Assert.That(host.GetProperty("SW").GetProperty("kernel").GetProperty("ABI").GetString(), Is.EqualTo("18"));
            Assert.That(Root.GetProperty("suite").GetProperty("flags").GetProperty("ncores").GetInt32(), Is.EqualTo(Result.Plan.Copies));
            Assert.That(Exported.GetProperty("settings").GetProperty("repetitions").GetInt32(), Is.EqualTo(3));
        });
    }

    /// <summary>
    /// Four copies of a full-profile run (3 repetitions of every kernel, samples jittered by a seed) on a 2-socket SMT
    /// host, with an estimate made from the mean of three runs, and a frequency reading missing from one sample.
    /// </summary>
    private static RunResult Build()
    {
        TestKernel Kernel(string name, double reference, double seconds) =>
            new(name, reference, [[seconds, seconds * 1.02, seconds * 0.99], [seconds * 1.01, seconds * 0.98], [seconds, seconds * 1.03, seconds * 0.97, seconds]]);
        return new TestResult
        {
            Copies = 4,
            Cpus = 8,
            Sockets = 2,
            ThreadsPerCore = 2,
            Hypervisor = null,
            Profile = Core.Running.Profile.Full,
            Seed = 7,
            Kernels = [Kernel("namd", 2.0, 0.21), Kernel("soplex", 1.5, 0.14), Kernel("kalman", 0.9, 0.095)],
            Interference = new InterferenceSummary
            {
                SampleCount = 5,
                StealFraction = 0.002,
                OtherProcessesCpus = 0.03,
                LoadAverageMax = 4.1,
                Samples = [new(1, 0.001, 0.02, 3.9, 2595.4), new(2, 0.002, 0.05, 4.0, 2601), new(3, 0.003, 0.01, 4.1, null), new(4, 0, 0.04, 4.05, 2588.2), new(5, 0.004, 0.03, 4.0, 2590)],
            },
            BasisRuns = 3,
            BasisNodeScore = 41.37,
        }.Build();
    }

    private static double Number(string section, string key) => Exported.GetProperty(section).GetProperty(key).GetDouble();

    private static double[] Values(JsonElement phase, string metric) =>
        [.. phase.GetProperty(metric).GetProperty("values").EnumerateArray().Select(v => v.GetDouble())];
}
