using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.GridEngine;

/// <summary>
/// Sets the exec host's `usage_scaling cpu=&lt;CPU factor&gt;` (host_conf(5): scales the host's accounted usage) with
/// `qconf -rattr exechost usage_scaling VALUE HOST`, in the form DIRAC parses (<see cref="UsageScaling"/>).
/// </summary>
/// <remarks>
/// `-rattr` (replace the whole list), not `-mattr`: on Son of Grid Engine 8.1.9 `-mattr` merges a list attribute
/// element by element and appends a changed element at the end, so after a second push `qconf -se` showed
/// `usage_scaling mem=1.000000,io=1.000000,cpu=1.500000`, where DIRAC's `cpu=([\d,\.]*),` finds no comma after
/// the cpu value (seen on the CI cell of .ci/start-gridengine.sh, tested in GridEngineCellTests).
/// </remarks>
public static class GridEnginePlanner
{
    public static PushPlan Plan(RunResult result, string host, string showHostOutput)
    {
        ArgumentNullException.ThrowIfNull(result);
        var factor = EstimateRequirement.Of(result).CpuFactor;
        var current = UsageScaling.Parse(showHostOutput, host);
        var unchanged = current.FirstOrDefault(kv => kv.Key == "cpu") is { Value: { } cpu }
            && PlainNumber.TryParse(cpu, out var now) && Math.Abs(now - DecimalRounding.Round(factor, UsageScaling.Decimals)) < 1e-9
            && current.Any(kv => kv.Key != "cpu") && current[0].Key == "cpu";
        var value = UsageScaling.WithCpu(current, factor);
        var command = CommandLine.Of("qconf", "-rattr", "exechost", "usage_scaling", value, host);
        return new PushPlan
        {
            Target = "gridengine",
            Subject = $"usage_scaling {value} from {EstimateRequirement.Describe(result)} on exec host {host}",
            Commands = unchanged ? [] : [new PlannedCommand(command, "sge_qmaster scales the host's usage", CommandRole.Apply)],
        };
    }
}
