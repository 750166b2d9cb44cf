using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Scoring;
using Calibrate.Core.Topology;
using Calibrate.Statistics.Intervals;

namespace Calibrate.TestSupport.Results;

/// <summary>
/// Builds a <see cref="RunResult"/> for tests. Every member has a realistic default, so that <c>new TestResult().Build()</c>
/// is a complete result as the runner, the analysis and the estimate leave it: a two-copy KVM guest, two kernels, a
/// quiet run with an interval, the provisional model's estimate. A test names what it is about in an initializer or
/// with <c>with</c>, and overrides anything rarer on the built record with <c>with</c>.
/// </summary>
/// <remarks>
/// The copies are generated from <see cref="Kernels"/> (the same kernels on every copy, their samples jittered when a
/// <see cref="Seed"/> is given) unless <see cref="CopyResults"/> gives them; the node score is their sum unless
/// <see cref="NodeScore"/> sets it, and the probe, plan and estimate agree with the copies. Times are whole
/// milliseconds: both stores keep microseconds, so a stored result reads back exactly.
/// </remarks>
public sealed record TestResult
{
    public static readonly Guid DefaultId = new("6f1c2a4e-0b7d-4c39-9e51-2a8f3d6b7c10");

    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The provisional model's estimate of the default node (2 copies scoring 10 each: 20 x 2.175).</summary>
    public const double DefaultEstimate = 43.5;

    public Guid Id { get; init; } = DefaultId;

    public string Hostname { get; init; } = "wn042.example.org";

    public string? Label { get; init; }

    public DateTimeOffset StartedUtc { get; init; } = DefaultStart;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public string CpuModel { get; init; } = "AMD EPYC 7302 16-Core Processor";

    /// <summary>Logical CPUs of the node, all allowed; null for one per copy.</summary>
    public int? Cpus { get; init; }

    public int Sockets { get; init; } = 1;

    public int ThreadsPerCore { get; init; } = 1;

    public string? Hypervisor { get; init; } = "KVM";

    public long? MemoryKiB { get; init; } = 8_000_000;

    public Profile Profile { get; init; } = Profile.Quick;

    /// <summary>"none" leaves the generated copies unpinned; anything else pins copy c to CPU c.</summary>
    public string Pinning { get; init; } = "thread";

    public double? PrecisionTarget { get; init; } = 0.005;

    public int Copies { get; init; } = 2;

    /// <summary>The kernels of every generated copy.</summary>
    public IReadOnlyList<TestKernel> Kernels { get; init; } = [TestKernel.Scoring("namd", 10), TestKernel.Scoring("povray", 10)];

    /// <summary>With a seed, each generated sample is scaled by a seeded factor in [1 - Jitter, 1 + Jitter].</summary>
    public int? Seed { get; init; }

    public double Jitter { get; init; } = 0.1;

    /// <summary>The copies as given, instead of generated ones.</summary>
    public IReadOnlyList<CopyResult>? CopyResults { get; init; }

    /// <summary>The node score; null for the sum of the copies' scores.</summary>
    public double? NodeScore { get; init; }

    /// <summary>Relative half-width of the node score's 95% lugsail interval; null for a result without one.</summary>
    public double? RelativeHalfWidth { get; init; } = 0.004;

    public InterferenceSummary Interference { get; init; } = new()
    {
        SampleCount = 3,
        StealFraction = 0.0012,
        OtherProcessesCpus = 0.015,
        LoadAverageMax = 2.05,
        FrequencyMHzMin = 2595,
        FrequencyMHzMax = 2596,
        FrequencyMHzMean = 2595.5,
        Samples = [new(1, 0.001, 0.01, 2.0, 2596), new(2, 0.0014, 0.02, 2.05, 2595), new(3, 0.0012, 0.015, 2.05, null)],
    };

    public bool Disturbed { get; init; }

    /// <summary>The analysis' conclusions; null for none, or the steal error that made a disturbed result so.</summary>
    public IReadOnlyList<Conclusion>? Conclusions { get; init; }

    /// <summary>The estimate's value in <see cref="Unit"/>; null for a result no calibration model was applied to.</summary>
    public double? EstimateValue { get; init; } = DefaultEstimate;

    /// <summary>The estimate's unit (the provisional model's HS23).</summary>
    public AccountingUnit Unit { get; init; } = AccountingUnit.HS23;

    /// <summary>Relative half-width of the estimate's prediction interval (the provisional model's 20%, at 95%).</summary>
    public double EstimateRelativeHalfWidth { get; init; } = 0.39;

    /// <summary>Slots the estimate is divided over; null for one per copy.</summary>
    public int? Slots { get; init; }

    public double ReferencePerSlot { get; init; } = 10;

    public string ModelId { get; init; } = "provisional-zen5-hs23@1";

    public bool ModelProvisional { get; init; } = true;

    /// <summary>
    /// Runs the estimate was made from, recorded as its basis with the node score's interval 1.5% either side of their
    /// mean; null for an estimate that records no basis (as estimates stored before it was recorded).
    /// </summary>
    public int? BasisRuns { get; init; }

    /// <summary>The mean node score of those runs; null for this run's.</summary>
    public double? BasisNodeScore { get; init; }

    /// <summary>Sequential ids ("00000000-0000-0000-0000-000000000042"), so a list of results prints in a stable order.</summary>
    public static Guid IdOf(int number) =>
        Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{number:D12}"), CultureInfo.InvariantCulture);

    /// <summary>The <paramref name="number"/>th of a series: id <see cref="IdOf"/>, started <paramref name="number"/> hours after <see cref="DefaultStart"/>.</summary>
    public static TestResult Numbered(int number) => new() { Id = IdOf(number), StartedUtc = DefaultStart.AddHours(number) };

    /// <summary>A copy of the given kernels; its score is their geometric mean.</summary>
    public static CopyResult Copy(int copy, CpuSet? pinnedCpus, params TestKernel[] kernels)
    {
        var results = kernels.Select(k => k.ToResult()).ToArray();
        return new CopyResult
        {
            Copy = copy,
            PinnedCpus = pinnedCpus,
            Kernels = results,
            Score = Hs06Aggregation.GeometricMean(results.Select(k => k.Score).ToArray()),
        };
    }

    /// <summary>The same result with the reference per slot that makes its CPU factor <paramref name="factor"/>.</summary>
    public TestResult WithCpuFactor(double factor) =>
        this with { ReferencePerSlot = (EstimateValue ?? throw new InvalidOperationException("no estimate to divide")) / (Slots ?? CopyCount) / factor };

    public RunResult Build()
    {
        var copies = CopyResults ?? GenerateCopies();
        var nodeScore = NodeScore ?? copies.Sum(c => c.Score);
        return new RunResult
        {
            Id = Id,
            Hostname = Hostname,
            Label = Label,
            StartedUtc = StartedUtc,
            FinishedUtc = StartedUtc + Duration,
            Probe = Probe(Cpus ?? Math.Max(1, copies.Count)),
            Provenance = new Provenance
            {
                ToolVersion = "0.1.0",
                Commit = "abc123def456",
                RuntimeVersion = ".NET 10.0.0",
                OsDescription = "Debian GNU/Linux 12",
                RuntimeKnobs = new Dictionary<string, string> { ["DOTNET_EnableHWIntrinsic"] = "0", ["DOTNET_TieredPGO"] = "0" },
            },
            Plan = new RunPlan
            {
                Profile = Profile,
                Copies = copies.Count,
                Pinning = Pinning,
                Label = Label,
                PrecisionTarget = PrecisionTarget,
                Budget = TimeSpan.FromSeconds(45),
                Repetitions = Profile == Profile.Full ? 3 : 1,
            },
            Copies = copies,
            NodeScore = nodeScore,
            ScoreInterval = RelativeHalfWidth is { } relative ? Interval(nodeScore, relative) : null,
            Interference = Interference,
            Timing = new RunTiming
            {
                SetupSeconds = 4.2,
                StartSkewSeconds = 0.00031,
                MeasureSeconds = 45.0,
                RunnerCpuSeconds = 0.3,
                RunnerOverheadFraction = 0.0033,
                StoppedOnPrecision = PrecisionTarget is { } target && RelativeHalfWidth <= target,
            },
            Conclusions = Conclusions ?? (Disturbed ? [new Conclusion(Severity.Error, "steal", "steal time 12.0% of CPU time (error above 10%)")] : []),
            Disturbed = Disturbed,
            Estimate = EstimateValue is { } value ? Estimate(value, Slots ?? copies.Count, nodeScore) : null,
        };
    }

    /// <summary>The summary a store lists for the built result.</summary>
    public ResultSummary Summary() => ResultSummary.From(Build());

    private int CopyCount => CopyResults?.Count ?? Copies;

    private CopyResult[] GenerateCopies()
    {
        var random = Seed is { } seed ? new Random(seed) : null;
        return [.. Enumerable.Range(0, Copies).Select(copy => Copy(
            copy,
            Pinning == "none" ? null : CpuSet.Of([copy]),
            [.. Kernels.Select(k => random is null ? k : k with { Repetitions = [.. k.Repetitions.Select(r => Jittered(r, random))] })]))];
    }

    private double[] Jittered(IReadOnlyList<double> samples, Random random) =>
        [.. samples.Select(s => s * (1 + (Jitter * ((2 * random.NextDouble()) - 1))))];

    private NodeProbe Probe(int cpus)
    {
        var all = CpuSet.Range(0, cpus);
        var coresPerSocket = Math.Max(1, cpus / Sockets / ThreadsPerCore);
        return new NodeProbe
        {
            Hostname = Hostname,
            Cpu = new CpuDescription
            {
                ModelName = CpuModel,
                Vendor = CpuModel.Contains("Intel", StringComparison.Ordinal) ? "GenuineIntel" : "AuthenticAMD",
                Architecture = "x86_64",
                Family = 23,
                Model = 49,
                Stepping = 0,
                LogicalCpus = cpus,
                OnlineCpus = all,
                Sockets = Sockets,
                CoresPerSocket = coresPerSocket,
                ThreadsPerCore = ThreadsPerCore,
                MaxMHz = 3000,
                Flags = ["sse4_2", "avx2"],
            },
            Numa = [new NumaNode(0, all)],
            Topology = [.. all.Select(cpu => new LogicalCpu(cpu, cpu / ThreadsPerCore, cpu / ThreadsPerCore / coresPerSocket, 0))],
            Hypervisor = Hypervisor,
            SmtActive = ThreadsPerCore > 1,
            AllowedCpus = all,
            Caches = [new CacheLevel(1, "Data", 32, cpus), new CacheLevel(3, "Unified", 16_384, Sockets)],
            Dmi = Hypervisor is null ? new DmiInfo("Dell Inc.", "PowerEdge R6525", "2.13.3") : new DmiInfo("QEMU", "Standard PC (Q35 + ICH9, 2009)", "1.16.2-debian-1.16.2-1"),
            KernelRelease = "6.1.0-18-amd64",
            MemoryKiB = MemoryKiB,
        };
    }

    private ScoreInterval Interval(double nodeScore, double relative) => new()
    {
        Low = nodeScore * (1 - relative),
        High = nodeScore * (1 + relative),
        Level = 0.95,
        Method = NodeScoreInterval.MethodName,
        RelativeHalfWidth = relative,
        TargetMet = PrecisionTarget is { } target ? relative <= target : null,
    };

    private Estimate Estimate(double value, int slots, double nodeScore) => new()
    {
        Value = value,
        Low = value * (1 - EstimateRelativeHalfWidth),
        High = value * (1 + EstimateRelativeHalfWidth),
        Unit = Unit,
        Level = 0.95,
        Slots = slots,
        ReferencePerSlot = ReferencePerSlot,
        ModelId = ModelId,
        ModelProvisional = ModelProvisional,
        Basis = BasisRuns is { } runs ? Basis(BasisNodeScore ?? nodeScore, runs) : null,
    };

    private static EstimateBasis Basis(double nodeScore, int runs) => new()
    {
        NodeScore = nodeScore,
        RelativeUncertainty = 0.0075,
        DegreesOfFreedom = 12,
        NodeScoreLow = nodeScore * 0.985,
        NodeScoreHigh = nodeScore * 1.015,
        Runs = runs,
        RunToRun = 0.005,
        RunToRunDegreesOfFreedom = 8,
        RunToRunSource = string.Create(CultureInfo.InvariantCulture, $"this node's last {runs} undisturbed results"),
    };
}
