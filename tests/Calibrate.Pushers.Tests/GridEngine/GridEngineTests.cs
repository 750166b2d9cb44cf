using System.Globalization;
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

    /// <summary>
    /// qconf as sge_qmaster answers it: `-se HOST` prints the exec host (ExecHost, written next to the stand-in) with the
    /// usage_scaling that the last `-mattr exechost usage_scaling VALUE HOST` set, so what a reader sees afterwards is
    /// what the pusher passed.
    /// </summary>
    private const string Qconf = """
        case "$first" in
          -se) sed "s|^usage_scaling .*|usage_scaling         $(cat "$here/usage_scaling" 2>/dev/null || echo NONE)|" "$here/exechost" ;;
          -mattr) printf '%s\n' "$4" > "$here/usage_scaling"; echo "root@qmaster modified \"$5\" in exechost list" ;;
          *) echo "qconf: the stand-in knows -se and -mattr" >&2; exit 1 ;;
        esac
        """;

    [Test]
    public async Task Sets_usage_scaling_cpu_through_qconf_in_the_form_DIRAC_parses()
    {
        using var bin = new StandIns().Behave("qconf", Qconf);
        File.WriteAllText(Path.Combine(bin.Root, "exechost"), ExecHost);
        var executor = bin.Executor();
        var result = Nodes.Worker.WithCpuFactor(1.254).Build();
        await Snapshot.MatchAsync("gridengine-dry-run.txt", async () => PlanRenderer.Render(await GridEnginePusher.PlanAsync(result, null, executor, CancellationToken.None), dryRun: true));

        using (new CultureScope("de-DE"))
        {
            await new PlanApplier(executor).ApplyAsync(await GridEnginePusher.PlanAsync(result, null, executor, CancellationToken.None), CancellationToken.None);
        }

        Assert.That(bin.ArgumentsOf("qconf").Where(a => a[0] == "-mattr"), Is.EqualTo(new[]
        {
            new[] { "-mattr", "exechost", "usage_scaling", "cpu=1.254000,mem=1.000000,io=1.000000", "wn042.example.org" },
        }));

        // What DIRAC then reads: SGEResourceUsage._getCPUScalingFactor() runs `qconf -se HOST` and
        // re.search(r"cpu=([\d,\.]*),", output), then float() of the group.
        var shown = (await executor.RunAsync(CommandLine.Of("qconf", "-se", "wn042.example.org"), CancellationToken.None)).StandardOutput;
        var cpu = Regex.Match(shown, @"cpu=([\d,\.]*),");
        Assert.That(cpu.Success, Is.True, shown);
        Assert.That(double.Parse(cpu.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture), Is.EqualTo(result.Estimate!.CpuFactor).Within(5e-7));
        Assert.That((await GridEnginePusher.PlanAsync(result, null, executor, CancellationToken.None)).HasChanges, Is.False, "a second push of the same result changes nothing");
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
