using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Cli.Tests.Run;

/// <summary>A fixed two-copy result, as the runner and analysis produce it, for output snapshots.</summary>
internal static class SampleRun
{
    public static RunResult Result(bool disturbed = false) => new()
    {
        Id = Guid.Parse("0b7e9b6c-41c4-4f43-9c55-7d1f9e3a2b10"),
        Hostname = "wn042",
        Label = "kvm-2x1-pinned",
        StartedUtc = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero),
        FinishedUtc = new DateTimeOffset(2026, 11, 21, 10, 0, 51, 500, TimeSpan.Zero),
        Probe = new NodeProbe
        {
            Hostname = "wn042",
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
            RuntimeVersion = ".NET 10",
            OsDescription = "Linux",
            RuntimeKnobs = new Dictionary<string, string> { ["DOTNET_EnableHWIntrinsic"] = "0" },
        },
        Plan = new RunPlan { Profile = Profile.Quick, Copies = 2, Pinning = "thread", Label = "kvm-2x1-pinned", Budget = TimeSpan.FromSeconds(45), Repetitions = 1, PrecisionTarget = 0.005 },
        Copies = [Copy(0, 0.1012, 0.2031), Copy(1, 0.1020, 0.2050)],
        NodeScore = 19.8765,
        ScoreInterval = new ScoreInterval { Low = 19.79, High = 19.96, Level = 0.95, Method = "lugsail batch means", RelativeHalfWidth = 0.00428, TargetMet = true },
        Interference = new InterferenceSummary
        {
            SampleCount = 90,
            StealFraction = 0.0012,
            OtherProcessesCpus = 0.015,
            LoadAverageMax = 2.05,
            FrequencyMHzMin = 2595,
            FrequencyMHzMax = 2596,
        },
        Timing = new RunTiming { SetupSeconds = 4.2, StartSkewSeconds = 0.00031, MeasureSeconds = 45.0, RunnerCpuSeconds = 0.3, RunnerOverheadFraction = 0.0033 },
        Conclusions = disturbed
            ? [new Conclusion(Severity.Error, "steal", "steal time 12.0% of CPU time (error above 10%)")]
            : [new Conclusion(Severity.Hint, "bimodal-samples", "povray samples look bimodal")],
        Disturbed = disturbed,
        Estimate = new Estimate
        {
            Hs06 = 43.23,
            Hs06Low = 26.4,
            Hs06High = 60.1,
            Level = 0.95,
            Slots = 2,
            ReferenceHs06PerSlot = 10,
            ModelId = "provisional-zen5-hs23@1",
            ModelProvisional = true,
        },
    };

    private static CopyResult Copy(int copy, double namd, double povray) => new()
    {
        Copy = copy,
        PinnedCpus = CpuSet.Of([copy]),
        Kernels =
        [
            new KernelResult { Kernel = "namd", ReferenceSeconds = 1.0, Repetitions = [[namd, namd]], Seconds = namd, Score = 1.0 / namd, Verified = true },
            new KernelResult { Kernel = "povray", ReferenceSeconds = 2.0, Repetitions = [[povray]], Seconds = povray, Score = 2.0 / povray, Verified = true },
        ],
        Score = Math.Sqrt((1.0 / namd) * (2.0 / povray)),
    };
}
