using BenchmarkDotNet.Attributes;
using Calibrate.Agent.Interference;
using Calibrate.Agent.Worker;
using Calibrate.Core.Running;
using Calibrate.Statistics.Stopping;

namespace Calibrate.Benchmarks.Runner;

/// <summary>
/// What the parent runner does per second of a run, each piece timed: parsing one sample line per kernel iteration
/// of every copy, one interference reading (/proc/stat, /proc/cpuinfo, the copies' /proc/PID/stat) and one
/// evaluation of the precision rule. Their sum per second, over copies x 1 s of measured capacity, is the
/// runner's overhead (target under 1% of a quick run).
/// </summary>
[MemoryDiagnoser]
public class RunnerOverheadBenchmarks
{
    private const int Copies = 2;
    private const int Kernels = 9;
    private const int SamplesPerKernel = 50;
    private SampleSnapshot _snapshot = null!;
    private PrecisionStoppingRule _rule = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261121);
        var names = Enumerable.Range(0, Kernels).Select(k => "k" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        _snapshot = new SampleSnapshot
        {
            Copies = Enumerable.Range(0, Copies)
                .Select(_ => (IReadOnlyDictionary<string, IReadOnlyList<double>>)names.ToDictionary(
                    n => n,
                    _ => (IReadOnlyList<double>)Enumerable.Range(0, SamplesPerKernel).Select(_ => 0.1 * (1 + (0.02 * random.NextDouble()))).ToArray()))
                .ToArray(),
            ReferenceSeconds = names.ToDictionary(n => n, _ => 1.0),
        };
        _rule = new PrecisionStoppingRule(0.005, TimeSpan.FromSeconds(45));
    }

    [Benchmark]
    public WorkerMessage? ParseSampleLine() => WorkerMessage.Parse("S 3 0.10234567891234");

    [Benchmark]
    public double ReadInterferenceCounters()
    {
        var cpus = ProcStatParser.ParseCpuLines(File.ReadAllText("/proc/stat"));
        var mhz = ProcStatParser.ParseMeanMHz(File.ReadAllText("/proc/cpuinfo"), [0, 1]) ?? 0;
        var ticks = ProcStatParser.ParseProcessTicks(File.ReadAllText("/proc/self/stat"));
        return cpus.Count + mhz + ticks;
    }

    [Benchmark]
    public bool EvaluatePrecisionRule() => _rule.Evaluate(_snapshot, TimeSpan.FromSeconds(30)).Stop;
}
