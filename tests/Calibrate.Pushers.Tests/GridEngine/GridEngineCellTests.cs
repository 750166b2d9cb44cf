using System.Globalization;
using System.Text.RegularExpressions;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.GridEngine;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Services;

namespace Calibrate.Pushers.Tests.GridEngine;

/// <summary>
/// Against the real one-node cell that .ci/start-gridengine.sh starts (CALIBRATE_TEST_GRIDENGINE=1): the pusher sets
/// the exec host's usage_scaling with qconf, and what `qconf -se` then prints is read the way DIRAC reads it. Ignored
/// where there is no cell, a failure under CI=true.
/// </summary>
[NonParallelizable]
public sealed partial class GridEngineCellTests
{
    private readonly CommandExecutor _executor = new(new ProcessCommandRunner(), new RetryPolicy { Attempts = 2, InitialDelay = TimeSpan.FromMilliseconds(200), Timeout = TimeSpan.FromSeconds(30) });
    private string _host = string.Empty;

    [SetUp]
    public async Task RequireCell()
    {
        _host = Required.GridEngineHost();
        await SetUsageScaling("NONE");
    }

    [TearDown]
    public async Task Restore()
    {
        if (_host.Length > 0)
        {
            await SetUsageScaling("NONE");
        }
    }

    [Test]
    public async Task The_factor_is_set_read_back_by_DIRACs_reader_and_stays_readable_after_a_second_push()
    {
        var first = Nodes.Worker.WithCpuFactor(1.254).Build();
        await Push(first);
        Assert.That(await DiracScalingFactor(), Is.EqualTo(first.Estimate!.CpuFactor).Within(5e-7));
        Assert.That((await GridEnginePusher.PlanAsync(first, _host, _executor, CancellationToken.None)).HasChanges, Is.False, "a second push of the same result changes nothing");

        // The case `qconf -mattr` broke: a changed cpu entry went to the end of the list, with no comma after it.
        var second = Nodes.Worker.WithCpuFactor(1.5).Build();
        await Push(second);
        Assert.That(await DiracScalingFactor(), Is.EqualTo(1.5).Within(5e-7));
        Assert.That(await UsageScalingLine(), Is.EqualTo("usage_scaling         cpu=1.500000,mem=1.000000,io=1.000000"));
    }

    [Test]
    public async Task Mem_and_io_set_by_the_site_are_kept()
    {
        await SetUsageScaling("cpu=1.000000,mem=0.250000,io=2.000000");
        await Push(Nodes.Worker.WithCpuFactor(0.875).Build());
        Assert.That(await UsageScalingLine(), Is.EqualTo("usage_scaling         cpu=0.875000,mem=0.250000,io=2.000000"));
    }

    [Test]
    public void An_unknown_exec_host_is_one_line_naming_qconf_and_its_answer()
    {
        var error = Assert.ThrowsAsync<CommandFailedException>(() => GridEnginePusher.PlanAsync(Nodes.Worker.Build(), "no-such-host.invalid", _executor, CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("qconf -se no-such-host.invalid").And.Contain("can't resolve hostname"));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    private async Task Push(Calibrate.Core.Results.RunResult result) =>
        await new PlanApplier(_executor).ApplyAsync(await GridEnginePusher.PlanAsync(result, _host, _executor, CancellationToken.None), CancellationToken.None);

    private async Task SetUsageScaling(string value) =>
        await _executor.RunAsync(CommandLine.Of("qconf", "-rattr", "exechost", "usage_scaling", value, _host), CancellationToken.None);

    private async Task<string> ShowHost() => (await _executor.RunAsync(CommandLine.Of("qconf", "-se", _host), CancellationToken.None)).StandardOutput;

    private async Task<string> UsageScalingLine() => (await ShowHost()).Split('\n').Single(l => l.StartsWith("usage_scaling", StringComparison.Ordinal));

    /// <summary>
    /// DIRAC's SGEResourceUsage._getCPUScalingFactor(): runs `qconf -se HOST`, and on the first line that mentions
    /// usage_scaling takes re.search(r"cpu=([\d,\.]*),", line) and float() of the group; None when nothing matches.
    /// (The whole output also holds `cpu=99.8,` in load_values: DIRAC reads only the usage_scaling line.)
    /// </summary>
    private async Task<double?> DiracScalingFactor()
    {
        foreach (var line in (await ShowHost()).Split('\n'))
        {
            if (line.Contains("usage_scaling", StringComparison.Ordinal) && DiracCpu().Match(line) is { Success: true } match)
            {
                return double.Parse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"cpu=([\d,\.]*),")]
    private static partial Regex DiracCpu();
}
