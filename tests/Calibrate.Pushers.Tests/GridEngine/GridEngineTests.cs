using System.Text.RegularExpressions;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.GridEngine;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.GridEngine;

public class GridEngineTests
{
    private const string ExecHost = """
        hostname              wn042.example.org
        load_scaling          NONE
        complex_values        NONE
        user_lists            NONE
        xuser_lists           NONE
        projects              NONE
        xprojects             NONE
        usage_scaling         NONE
        report_variables      NONE

        """;

    [Test]
    public async Task Sets_usage_scaling_cpu_through_qconf_in_the_form_DIRAC_parses()
    {
        using var bin = new StandIns("qconf").Output("qconf", "-se", ExecHost);
        var executor = bin.Executor();
        await Snapshot.MatchAsync("gridengine-dry-run.txt", async () => PlanRenderer.Render(await GridEnginePusher.PlanAsync(Nodes.Worker.WithCpuFactor(1.254).Build(), null, executor, CancellationToken.None), dryRun: true));
        var plan = await GridEnginePusher.PlanAsync(Nodes.Worker.WithCpuFactor(1.254).Build(), null, executor, CancellationToken.None);

        await new PlanApplier(executor).ApplyAsync(plan, CancellationToken.None);

        Assert.That(bin.Calls.Skip(2), Is.EqualTo(new[]
        {
            "qconf|-se|wn042.example.org",
            "qconf|-mattr|exechost|usage_scaling|cpu=1.254000,mem=1.000000,io=1.000000|wn042.example.org",
        }));
        // DIRAC SGEResourceUsage._getCPUScalingFactor(): re.search(r"cpu=([\d,\.]*),", qconf -se output)
        var shown = "usage_scaling         cpu=1.254000,mem=1.000000,io=1.000000";
        Assert.That(double.Parse(Regex.Match(shown, @"cpu=([\d,\.]*),").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1.254));
    }

    [Test]
    public void The_same_factor_again_plans_no_command_and_other_scalings_are_kept()
    {
        var output = ExecHost.Replace("usage_scaling         NONE", "usage_scaling         cpu=1.254000,mem=0.500000,io=1.000000", StringComparison.Ordinal);
        Assert.That(GridEnginePlanner.Plan(Nodes.Worker.WithCpuFactor(1.254).Build(), "wn042", output).HasChanges, Is.False);
        var changed = GridEnginePlanner.Plan(Nodes.Worker.WithCpuFactor(1.5).Build(), "wn042", output);
        Assert.That(changed.Commands.Single().Command.Arguments[3], Is.EqualTo("cpu=1.500000,mem=0.500000,io=1.000000"));
    }

    [Test]
    public void A_failing_qconf_is_reported_with_its_stderr()
    {
        using var bin = new StandIns("qconf").Fail("qconf -se");
        var error = Assert.ThrowsAsync<CommandFailedException>(() => GridEnginePusher.PlanAsync(Nodes.Worker.Build(), null, bin.Executor(), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("qconf -se wn042.example.org").And.Contain("told to fail"));
    }
}
