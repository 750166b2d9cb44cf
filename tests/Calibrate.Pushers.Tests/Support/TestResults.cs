using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Pushers.Tests.Support;

/// <summary>Small, fixed results for the pushers: only what they read (estimate, copies, CPU counts, flags) varies.</summary>
public static class TestResults
{
    public static readonly Guid DefaultId = new("6f1c2a4e-0b7d-4c39-9e51-2a8f3d6b7c10");

    public static RunResult Create(
        double hs06 = 812.345,
        int copies = 64,
        double cpuFactor = 12.54,
        string host = "wn042.example.org",
        bool disturbed = false,
        bool withEstimate = true,
        Guid? id = null)
    {
        var cpus = CpuSet.Range(0, copies);
        var start = new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero);
        return new RunResult
        {
            Id = id ?? DefaultId,
            Hostname = host,
            StartedUtc = start,
            FinishedUtc = start.AddSeconds(58),
            Probe = new NodeProbe
            {
                Hostname = host,
                Cpu = new CpuDescription
                {
                    ModelName = "AMD EPYC 7302 16-Core Processor",
                    Vendor = "AuthenticAMD",
                    LogicalCpus = copies,
                    OnlineCpus = cpus,
                    Sockets = 2,
                    CoresPerSocket = Math.Max(1, copies / 4),
                    ThreadsPerCore = 2,
                },
                Numa = [new NumaNode(0, cpus)],
                Topology = [],
                SmtActive = true,
                AllowedCpus = cpus,
            },
            Provenance = new Provenance
            {
                ToolVersion = "0.1.0+test",
                RuntimeVersion = ".NET 10.0.0",
                OsDescription = "Debian GNU/Linux 12",
                RuntimeKnobs = new Dictionary<string, string>(),
            },
            Plan = new RunPlan { Profile = Profile.Quick, Copies = copies, Pinning = "thread", Budget = TimeSpan.FromSeconds(50), Repetitions = 1 },
            Copies = [],
            NodeScore = hs06 / 10,
            Interference = new InterferenceSummary { SampleCount = 0, StealFraction = 0, OtherProcessesCpus = 0, LoadAverageMax = 0 },
            Disturbed = disturbed,
            Estimate = withEstimate
                ? new Estimate
                {
                    Hs06 = hs06,
                    Hs06Low = hs06 * 0.98,
                    Hs06High = hs06 * 1.02,
                    Level = 0.95,
                    Slots = copies,
                    ReferenceHs06PerSlot = hs06 / copies / cpuFactor,
                    ModelId = "test",
                    ModelProvisional = false,
                }
                : null,
        };
    }
}
