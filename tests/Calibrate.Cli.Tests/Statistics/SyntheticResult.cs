using System.Globalization;
using Calibrate.Cli.Tests.Run;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Topology;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>A stored result with chosen hostname, label, CPU model, copies, node score and kernel scores; ids are sequential so output is stable.</summary>
internal sealed record SyntheticResult
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public required int Number { get; init; }

    public required string Hostname { get; init; }

    public string? Label { get; init; }

    public required string CpuModel { get; init; }

    public required int Copies { get; init; }

    public required double NodeScore { get; init; }

    /// <summary>Kernel score per copy; the node score is set directly, not derived from them.</summary>
    public IReadOnlyDictionary<string, double> Kernels { get; init; } = new Dictionary<string, double> { ["namd"] = 10, ["povray"] = 10 };

    public bool Disturbed { get; init; }

    /// <summary>Relative half-width of the node score's 95% interval.</summary>
    public double RelativeHalfWidth { get; init; } = 0.004;

    public static Guid IdOf(int number) => Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{number:D12}"), CultureInfo.InvariantCulture);

    public RunResult ToResult()
    {
        var sample = SampleRun.Result();
        var started = Start.AddHours(Number);
        var half = NodeScore * RelativeHalfWidth;
        return sample with
        {
            Id = IdOf(Number),
            Hostname = Hostname,
            Label = Label,
            StartedUtc = started,
            FinishedUtc = started.AddMinutes(1),
            Probe = sample.Probe with { Hostname = Hostname, Cpu = sample.Probe.Cpu with { ModelName = CpuModel } },
            Plan = sample.Plan with { Copies = Copies, Label = Label },
            Copies = Enumerable.Range(0, Copies).Select(Copy).ToArray(),
            NodeScore = NodeScore,
            ScoreInterval = new ScoreInterval { Low = NodeScore - half, High = NodeScore + half, Level = 0.95, Method = NodeScoreInterval.MethodName, RelativeHalfWidth = RelativeHalfWidth },
            Conclusions = Disturbed ? [new Conclusion(Severity.Error, "steal", "steal time 12.0% of CPU time (error above 10%)")] : [],
            Disturbed = Disturbed,
            Estimate = null,
        };
    }

    private CopyResult Copy(int copy) => new()
    {
        Copy = copy,
        PinnedCpus = CpuSet.Of([copy]),
        Kernels = Kernels.Select(k => new KernelResult
        {
            Kernel = k.Key,
            ReferenceSeconds = 1.0,
            Repetitions = [[1.0 / k.Value]],
            Seconds = 1.0 / k.Value,
            Score = k.Value,
            Verified = true,
        }).ToArray(),
        Score = NodeScore / Copies,
    };
}
