using System.Diagnostics;
using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Core.Probing;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Planning;

/// <summary>Absurd sizes are refused against the node before anything is allocated or started (issue 15, defect 12).</summary>
public sealed class AbsurdSizeTests
{
    [TestCase("0-99999999")]
    [TestCase("2147483647")]
    [TestCase("0,65536")]
    public void A_cpu_list_beyond_any_real_cpu_id_is_refused_at_once(string list)
    {
        var clock = Stopwatch.StartNew();
        Assert.That(CpuSet.TryParse(list, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("65535"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [TestCase(99_999)]
    [TestCase(1_000_000_000)]
    [TestCase(9)]
    public void More_copies_than_four_per_allowed_cpu_are_refused(int copies)
    {
        var probe = TwoCpus();
        var error = Assert.Throws<PlanException>(() => CopyPlanner.Plan(probe, copies, Pinning.None));
        Assert.That(error!.Message, Does.Contain("at most 8 copies"));
    }

    [Test]
    public void Four_copies_per_cpu_are_still_allowed_for_a_contention_study() =>
        Assert.That(CopyPlanner.Plan(TwoCpus(), 8, Pinning.None), Has.Count.EqualTo(8));

    private static NodeProbe TwoCpus() => new()
    {
        Hostname = "wn",
        Cpu = new CpuDescription
        {
            ModelName = "Xeon",
            Vendor = "GenuineIntel",
            LogicalCpus = 2,
            OnlineCpus = CpuSet.Parse("0-1"),
            Sockets = 1,
            CoresPerSocket = 2,
            ThreadsPerCore = 1,
        },
        Numa = [new NumaNode(0, CpuSet.Parse("0-1"))],
        Topology = [new LogicalCpu(0, 0, 0, 0), new LogicalCpu(1, 0, 1, 0)],
        SmtActive = false,
        AllowedCpus = CpuSet.Parse("0-1"),
    };
}
