using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Statistics.Tests.Support;

/// <summary>Builds RunResults and ResultSummaries for tests.</summary>
internal static class Results
{
    public static RunResult Run(IReadOnlyList<double[]> copySampleSets, InterferenceSummary? interference = null, bool verified = true, int allowedCpus = 0)
    {
        var copies = copySampleSets.Select((samples, i) =>
        {
            var seconds = Core.Scoring.SampleMedian.Of(samples);
            var kernel = new KernelResult
            {
                Kernel = "alpha",
                ReferenceSeconds = 1.0,
                Repetitions = [samples],
                Seconds = seconds,
                Score = 1.0 / seconds,
                Verified = verified,
            };
            return new CopyResult { Copy = i, Kernels = [kernel], Score = kernel.Score };
        }).ToArray();
        var cpus = allowedCpus > 0 ? allowedCpus : copies.Length;
        return new RunResult
        {
            Id = Guid.NewGuid(),
            Hostname = "node01",
            StartedUtc = DateTimeOffset.UnixEpoch,
            FinishedUtc = DateTimeOffset.UnixEpoch.AddMinutes(1),
            Probe = new NodeProbe
            {
                Hostname = "node01",
                Cpu = new CpuDescription
                {
                    ModelName = "Test CPU",
                    Vendor = "AuthenticAMD",
                    LogicalCpus = cpus,
                    OnlineCpus = CpuSet.Range(0, cpus),
                    Sockets = 1,
                    CoresPerSocket = cpus,
                    ThreadsPerCore = 1,
                },
                Numa = [],
                Topology = [],
                SmtActive = false,
                AllowedCpus = CpuSet.Range(0, cpus),
            },
            Provenance = new Provenance { ToolVersion = "test", RuntimeVersion = "10", OsDescription = "test", RuntimeKnobs = new Dictionary<string, string>() },
            Plan = new RunPlan { Profile = Profile.Quick, Copies = copies.Length, Pinning = "none", Budget = TimeSpan.FromSeconds(60), Repetitions = 1 },
            Copies = copies,
            NodeScore = copies.Sum(c => c.Score),
            Interference = interference ?? Quiet,
        };
    }

    public static InterferenceSummary Quiet { get; } = new() { SampleCount = 10, StealFraction = 0, OtherProcessesCpus = 0, LoadAverageMax = 2 };

    public static double[] Normal(Random random, int n, double mean = 1.0, double sd = 0.01) =>
        Enumerable.Range(0, n).Select(_ => MathNet.Numerics.Distributions.Normal.Sample(random, mean, sd)).ToArray();

    public static ResultSummary Summary(string host, string? label, double nodeScore, int copies = 8, string cpu = "CPU A", bool disturbed = false, DateTimeOffset? started = null, IReadOnlyDictionary<string, double>? kernels = null) => new()
    {
        Id = Guid.NewGuid(),
        Hostname = host,
        Label = label,
        CpuModel = cpu,
        StartedUtc = started ?? DateTimeOffset.UnixEpoch,
        Copies = copies,
        Pinning = "none",
        Profile = "quick",
        NodeScore = nodeScore,
        Disturbed = disturbed,
        KernelScores = kernels ?? new Dictionary<string, double> { ["alpha"] = nodeScore / copies },
    };
}
