using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Core.Probing;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Planning;

public sealed class CopyPlannerTests
{
    /// <summary>2 sockets x 2 cores x 2 threads, Linux numbering: siblings are n and n+4; NUMA node per socket.</summary>
    private static NodeProbe TwoSocketSmt(string allowed = "0-7")
    {
        LogicalCpu[] topology =
        [
            new(0, 0, 0, 0), new(1, 1, 0, 0), new(2, 0, 1, 1), new(3, 1, 1, 1),
            new(4, 0, 0, 0), new(5, 1, 0, 0), new(6, 0, 1, 1), new(7, 1, 1, 1),
        ];
        return new NodeProbe
        {
            Hostname = "wn",
            Cpu = new CpuDescription
            {
                ModelName = "Xeon",
                Vendor = "GenuineIntel",
                LogicalCpus = 8,
                OnlineCpus = CpuSet.Parse("0-7"),
                Sockets = 2,
                CoresPerSocket = 2,
                ThreadsPerCore = 2,
            },
            Numa = [new NumaNode(0, CpuSet.Parse("0-1,4-5")), new NumaNode(1, CpuSet.Parse("2-3,6-7"))],
            Topology = topology,
            SmtActive = true,
            AllowedCpus = CpuSet.Parse(allowed),
        };
    }

    private static Pinning P(string text) => Pinning.TryParse(text, out var p, out _) ? p : throw new ArgumentException(text);

    [Test]
    public void Default_is_one_copy_per_allowed_logical_cpu_as_hs06()
    {
        var plan = CopyPlanner.Plan(TwoSocketSmt("0-5"), null, Pinning.None);
        Assert.That(plan, Has.Count.EqualTo(6));
        Assert.That(plan.All(p => p.Cpus is null), Is.True);
    }

    [Test]
    public void Thread_pinning_gives_each_copy_its_own_logical_cpu()
    {
        var plan = CopyPlanner.Plan(TwoSocketSmt(), 3, P("thread"));
        Assert.That(plan.Select(p => p.Cpus!.ToString()), Is.EqualTo(new[] { "0", "1", "2" }));
    }

    [Test]
    public void Core_pinning_spreads_over_sockets_and_keeps_siblings_together()
    {
        var plan = CopyPlanner.Plan(TwoSocketSmt(), null, P("core"));
        Assert.That(plan.Select(p => p.Cpus!.ToString()), Is.EqualTo(new[] { "0,4", "2,6", "1,5", "3,7" }));
    }

    [Test]
    public void Numa_pinning_confines_copies_to_nodes_round_robin()
    {
        var plan = CopyPlanner.Plan(TwoSocketSmt(), 3, P("numa"));
        Assert.That(plan.Select(p => p.Cpus!.ToString()), Is.EqualTo(new[] { "0-1,4-5", "2-3,6-7", "0-1,4-5" }));
    }

    [Test]
    public void List_pinning_uses_the_cpus_in_order_and_defaults_to_their_count()
    {
        var plan = CopyPlanner.Plan(TwoSocketSmt(), null, P("list:6,1"));
        Assert.That(plan.Select(p => p.Cpus!.ToString()), Is.EqualTo(new[] { "1", "6" }));
    }

    [Test]
    public void A_list_naming_cpus_the_process_may_not_use_is_refused()
    {
        var error = Assert.Throws<PlanException>(() => CopyPlanner.Plan(TwoSocketSmt("0-3"), null, P("list:2-5")));
        Assert.That(error!.Message, Does.Contain("CPUs 4-5").And.Contain("allowed: 0-3"));
    }

    [Test]
    public void More_copies_than_cpus_with_thread_pinning_is_refused()
    {
        var error = Assert.Throws<PlanException>(() => CopyPlanner.Plan(TwoSocketSmt("0-1"), 3, P("thread")));
        Assert.That(error!.Message, Does.Contain("3 copies").And.Contain("only 2 CPUs"));
    }

    [Test]
    public void More_copies_than_cores_with_core_pinning_is_refused() =>
        Assert.Throws<PlanException>(() => CopyPlanner.Plan(TwoSocketSmt(), 5, P("core")));

    [Test]
    public void Zero_copies_is_refused() =>
        Assert.Throws<PlanException>(() => CopyPlanner.Plan(TwoSocketSmt(), 0, Pinning.None));

    [Test]
    public void Works_beyond_64_cpus()
    {
        var probe = TwoSocketSmt() with
        {
            AllowedCpus = CpuSet.Parse("0-299"),
            Topology = Enumerable.Range(0, 300).Select(c => new LogicalCpu(c, c, 0, 0)).ToArray(),
        };
        var plan = CopyPlanner.Plan(probe, null, P("thread"));
        Assert.That(plan[^1].Cpus!.ToString(), Is.EqualTo("299"));
    }
}
