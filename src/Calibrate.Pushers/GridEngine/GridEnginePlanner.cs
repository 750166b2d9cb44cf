using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.GridEngine;

/// <summary>
/// Sets the exec host's `usage_scaling cpu=&lt;CPU factor&gt;` (host_conf(5): scales the host's accounted usage) with
/// `qconf -mattr exechost usage_scaling VALUE HOST`, in the form DIRAC parses (<see cref="UsageScaling"/>). The exact
/// -mattr syntax is from memory, not a stored source (integration.md 5): verify on a real Grid Engine.
/// </summary>
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
        var command = CommandLine.Of("qconf", "-mattr", "exechost", "usage_scaling", value, host);
        return new PushPlan
        {
            Target = "gridengine",
            Subject = $"usage_scaling {value} from {EstimateRequirement.Describe(result)} on exec host {host}",
            Commands = unchanged ? [] : [new PlannedCommand(command, "sge_qmaster scales the host's usage", CommandRole.Apply)],
        };
    }
}
