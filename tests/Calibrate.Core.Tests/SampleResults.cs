using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Core.Tests;

/// <summary>A small but complete result, as the runner writes it.</summary>
internal static class SampleResults
{
    public static RunResult TwoCopies() => new()
    {
        Id = Guid.Parse("6f1d2c3b-0000-4000-8000-000000000001"),
        Hostname = "wn042.example.org",
        Label = "kvm-2x1",
        StartedUtc = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero),
        FinishedUtc = new DateTimeOffset(2026, 11, 21, 10, 0, 50, TimeSpan.Zero),
        Probe = new NodeProbe
        {
            Hostname = "wn042.example.org",
            Cpu = new CpuDescription
            {
                ModelName = "AMD EPYC",
                Vendor = "AuthenticAMD",
                LogicalCpus = 2,
                OnlineCpus = CpuSet.Parse("0-1"),
                Sockets = 1,
                CoresPerSocket = 2,
                ThreadsPerCore = 1,
            },
            Numa = [new NumaNode(0, CpuSet.Parse("0-1"))],
            Topology = [new LogicalCpu(0, 0, 0, 0), new LogicalCpu(1, 1, 0, 0)],
            Hypervisor = "KVM",
            SmtActive = false,
            AllowedCpus = CpuSet.Parse("0-1"),
        },
        Provenance = new Provenance
        {
            ToolVersion = "0.1.0",
            Commit = "abc123",
            RuntimeVersion = ".NET 10.0.0",
            OsDescription = "Linux",
            RuntimeKnobs = new Dictionary<string, string> { ["DOTNET_EnableHWIntrinsic"] = "0" },
        },
        Plan = new RunPlan { Profile = Profile.Quick, Copies = 2, Pinning = "thread", Budget = TimeSpan.FromSeconds(45), Repetitions = 1 },
        Copies =
        [
            Copy(0, 1.0),
            Copy(1, 1.1),
        ],
        NodeScore = 10.0 + (10.0 / 1.1),
        Interference = new InterferenceSummary { SampleCount = 90, StealFraction = 0.001, OtherProcessesCpus = 0.02, LoadAverageMax = 2.1 },
        Conclusions = [new Conclusion(Severity.Hint, "steal", "steal 0.10%")],
    };

    private static CopyResult Copy(int copy, double seconds) => new()
    {
        Copy = copy,
        PinnedCpus = CpuSet.Of([copy]),
        Kernels =
        [
            new KernelResult
            {
                Kernel = "namd", ReferenceSeconds = 10, Repetitions = [[seconds, seconds]], Seconds = seconds, Score = 10 / seconds, Verified = true,
            },
        ],
        Score = 10 / seconds,
    };
}
