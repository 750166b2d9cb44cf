using System.Text.RegularExpressions;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.GridEngine;
using Calibrate.Pushers.Tests.Support;

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

    [TestCase("", "invariant")]
    [TestCase("de-DE", "de-DE")]
    public async Task Sets_usage_scaling_cpu_through_qconf_in_the_form_DIRAC_parses(string culture, string label)
    {
        using var bin = new StandIns("qconf").Output("qconf", "-se", ExecHost);
        var executor = bin.Executor();
        var plan = await Snapshot.InCulture(culture, () => GridEnginePusher.PlanAsync(TestResults.Create(cpuFactor: 1.254), null, executor, CancellationToken.None));
        Snapshot.Match("gridengine-dry-run", PlanRenderer.Render(plan, dryRun: true));

        await new PlanApplier(executor).ApplyAsync(plan, CancellationToken.None);

        Assert.That(bin.Calls, Is.EqualTo(new[]
        {
            "qconf|-se|wn042.example.org",
            "qconf|-mattr|exechost|usage_scaling|cpu=1.254000,mem=1.000000,io=1.000000|wn042.example.org",
        }), label);
        // DIRAC SGEResourceUsage._getCPUScalingFactor(): re.search(r"cpu=([\d,\.]*),", qconf -se output)
        var shown = "usage_scaling         cpu=1.254000,mem=1.000000,io=1.000000";
        Assert.That(double.Parse(Regex.Match(shown, @"cpu=([\d,\.]*),").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1.254));
    }

    [Test]
    public void The_same_factor_again_plans_no_command_and_other_scalings_are_kept()
    {
        var output = ExecHost.Replace("usage_scaling         NONE", "usage_scaling         cpu=1.254000,mem=0.500000,io=1.000000", StringComparison.Ordinal);
        Assert.That(GridEnginePlanner.Plan(TestResults.Create(cpuFactor: 1.254), "wn042", output).HasChanges, Is.False);
        var changed = GridEnginePlanner.Plan(TestResults.Create(cpuFactor: 1.5), "wn042", output);
        Assert.That(changed.Commands.Single().Command.Arguments[3], Is.EqualTo("cpu=1.500000,mem=0.500000,io=1.000000"));
    }

    [Test]
    public void A_failing_qconf_is_reported_with_its_stderr()
    {
        using var bin = new StandIns("qconf").Fail("qconf -se");
        var error = Assert.ThrowsAsync<CommandFailedException>(() => GridEnginePusher.PlanAsync(TestResults.Create(), null, bin.Executor(), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("qconf -se wn042.example.org").And.Contain("told to fail"));
    }
}
