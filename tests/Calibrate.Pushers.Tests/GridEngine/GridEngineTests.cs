using Calibrate.Pushers.Common;
using Calibrate.Pushers.GridEngine;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.GridEngine;

/// <summary>The pure planner on `qconf -se` as the CI cell printed it (TestData/gridengine, captured from SGE 8.1.9).</summary>
public class GridEngineTests
{
    private static readonly string Captured = File.ReadAllText(Repository.Path("tests", "Calibrate.Pushers.Tests", "TestData", "gridengine", "qconf-se-localhost.txt"));

    [Test]
    public void The_dry_run_shows_the_one_qconf_command() =>
        Snapshot.Match("gridengine-dry-run.txt", () => PlanRenderer.Render(GridEnginePlanner.Plan(Nodes.Worker.WithCpuFactor(1.5).Build(), "localhost", Captured), dryRun: true));

    [Test]
    public void The_same_factor_again_plans_no_command_and_other_scalings_are_kept()
    {
        Assert.That(GridEnginePlanner.Plan(Nodes.Worker.WithCpuFactor(1.254).Build(), "localhost", Captured).HasChanges, Is.False);
        var changed = GridEnginePlanner.Plan(Nodes.Worker.WithCpuFactor(1.5).Build(), "localhost", Captured);
        Assert.That(changed.Commands.Single().Command.Arguments, Is.EqualTo(new[] { "-rattr", "exechost", "usage_scaling", "cpu=1.500000,mem=0.500000,io=1.000000", "localhost" }));
    }

    [Test]
    public void The_cpu_entry_is_moved_first_so_that_a_comma_follows_it()
    {
        var cpuLast = Captured.Replace("cpu=1.254000,mem=0.500000,io=1.000000", "mem=0.500000,io=1.000000,cpu=1.254000", StringComparison.Ordinal);
        var plan = GridEnginePlanner.Plan(Nodes.Worker.WithCpuFactor(1.254).Build(), "localhost", cpuLast);
        Assert.That(plan.Commands.Single().Command.Arguments[3], Is.EqualTo("cpu=1.254000,mem=0.500000,io=1.000000"));
    }

    [TestCase("usage_scaling         cpu=fast,mem=1.000000")]
    [TestCase("usage_scaling         cpu")]
    public void A_malformed_usage_scaling_is_refused(string line)
    {
        var odd = Captured.Replace("usage_scaling         cpu=1.254000,mem=0.500000,io=1.000000", line, StringComparison.Ordinal);
        Assert.That(() => GridEnginePlanner.Plan(Nodes.Worker.Build(), "localhost", odd), Throws.TypeOf<PushConfigException>().With.Message.Contain("malformed entry"));
    }
}
