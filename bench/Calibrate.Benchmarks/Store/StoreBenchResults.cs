using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Benchmarks.Store;

/// <summary>
/// Results shaped like a real quick-profile run (results/*.json from ./run.sh: 2 copies x 9 kernels x 44 samples, a
/// sample per second of interference, about 19 KB of compact JSON), every part filled and seeded so every run stores the
/// same bytes. Samples have the Stopwatch's resolution (100 ns), as measured ones do; full 17-digit doubles would make
/// the JSON, and its serialisation, a third larger than real.
/// </summary>
public static class StoreBenchResults
{
    /// <summary>Samples per kernel and copy in the quick profile's 45 s budget (the real result above).</summary>
    public const int QuickProfileSamples = 44;

    private static readonly string[] Kernels = ["namd", "dealII", "soplex", "povray", "omnetpp", "astar", "xalancbmk", "mctransport", "kalman"];

    public static RunResult Create(int seed, string? hostname = null, string? label = "bare", DateTimeOffset? started = null, string cpuModel = "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", int samples = QuickProfileSamples)
    {
        var random = new Random(seed);
        var host = hostname ?? $"wn{seed:D5}.example.org";
        var start = started ?? new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero).AddSeconds(seed * 61);
        var copies = Enumerable.Range(0, 2).Select(copy => Copy(random, copy, samples)).ToArray();
        var nodeScore = copies.Sum(c => c.Score);
        var cpus = CpuSet.Range(0, 2);
        return new RunResult
        {
            Id = NewId(random),
            Hostname = host,
            Label = label,
            StartedUtc = start,
            FinishedUtc = start.AddSeconds(58.25),
            Probe = new NodeProbe
            {
                Hostname = host,
                Cpu = new CpuDescription
                {
                    ModelName = cpuModel,
                    Vendor = "GenuineIntel",
                    Architecture = "x86_64",
                    Family = 6,
                    Model = 85,
                    Stepping = 7,
                    LogicalCpus = 2,
                    OnlineCpus = cpus,
                    Sockets = 1,
                    CoresPerSocket = 2,
                    ThreadsPerCore = 1,
                    MaxMHz = 2500,
                    Flags = ["sse4_2", "avx2", "avx512f"],
                },
                Numa = [new NumaNode(0, cpus)],
                Topology = [new LogicalCpu(0, 0, 0, 0), new LogicalCpu(1, 1, 0, 0)],
                Hypervisor = "KVM",
                SmtActive = false,
                Governor = null,
                AllowedCpus = cpus,
                Caches = [new CacheLevel(1, "Data", 32, 2), new CacheLevel(3, "Unified", 28160, 1)],
                Dmi = new DmiInfo("OpenStack Foundation", "OpenStack Nova", "1.15.0-1"),
                KernelRelease = "6.1.0-18-amd64",
                MemoryKiB = 4_026_532,
            },
            Provenance = new Provenance
            {
                ToolVersion = "0.1.0+abc123def456",
                Commit = "abc123def456",
                RuntimeVersion = ".NET 10.0.0",
                OsDescription = "Debian GNU/Linux 12",
                RuntimeKnobs = new Dictionary<string, string> { ["DOTNET_EnableAVX512F"] = "0", ["DOTNET_TieredPGO"] = "0" },
            },
            Plan = new RunPlan { Profile = Profile.Quick, Copies = 2, Pinning = "thread", Label = label, PrecisionTarget = 0.005, Budget = TimeSpan.FromSeconds(50), Repetitions = 1 },
            Copies = copies,
            NodeScore = nodeScore,
            ScoreInterval = new ScoreInterval { Low = nodeScore * 0.995, High = nodeScore * 1.005, Level = 0.95, Method = "t over samples", RelativeHalfWidth = 0.005, TargetMet = true },
            Interference = new InterferenceSummary
            {
                SampleCount = samples + 2,
                StealFraction = 0.004,
                OtherProcessesCpus = 0.02,
                LoadAverageMax = 2.1,
                FrequencyMHzMin = 2494,
                FrequencyMHzMax = 2500,
                FrequencyMHzMean = 2499.2,
                Samples = Enumerable.Range(1, samples + 2).Select(second => new InterferenceSample(second + Math.Round(random.NextDouble() * 0.01, 3), 0.004, Math.Round(random.NextDouble() / 30, 6), 2.1, 2596.1)).ToArray(),
            },
            Timing = new RunTiming { SetupSeconds = 1.5, StartSkewSeconds = 0.0004, MeasureSeconds = 50, RunnerCpuSeconds = 0.2, RunnerOverheadFraction = 0.002, StoppedOnPrecision = true },
            Conclusions = [new Conclusion(Severity.Hint, "governor", "no cpufreq governor: a VM"), new Conclusion(Severity.Warning, "steal", "steal 0.4% \"high\", watch it")],
            Disturbed = seed % 7 == 0,
            Estimate = seed % 2 == 0 ? null : new Estimate
            {
                Value = nodeScore * 10.5,
                Low = nodeScore * 10,
                High = nodeScore * 11,
                Level = 0.95,
                Slots = 2,
                ReferencePerSlot = 10,
                ModelId = "provisional-2025",
                ModelProvisional = true,
            },
        };
    }

    private static Guid NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A time as the runner records it: TimeSpan.TotalSeconds of whole 100 ns ticks (Math.Round can be an ulp off).</summary>
    private static double Ticks(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond)).TotalSeconds;

    private static CopyResult Copy(Random random, int copy, int count)
    {
        var kernels = Kernels.Select(name =>
        {
            var reference = 1.0 + (name.Length * 0.01);
            var samples = Enumerable.Range(0, count).Select(_ => Ticks(reference / 10 / (0.9 + (random.NextDouble() * 0.2)))).ToArray();
            var seconds = samples.Order().ElementAt(samples.Length / 2);
            return new KernelResult { Kernel = name, ReferenceSeconds = reference, Repetitions = [samples], Seconds = seconds, Score = reference / seconds, Verified = true };
        }).ToArray();
        var score = Math.Exp(kernels.Average(k => Math.Log(k.Score)));
        return new CopyResult { Copy = copy, PinnedCpus = CpuSet.Of([copy]), Kernels = kernels, Score = score };
    }
}
