using Calibrate.Agent.Running;
using Calibrate.Core.Running;
using Calibrate.Statistics.Stopping;

namespace Calibrate.Cli.Commands.Run;

/// <summary>Connects the runner's stopping seam to the statistics' precision rule (the runner knows no statistics).</summary>
public sealed class PrecisionRule(PrecisionStoppingRule rule) : IStoppingRule
{
    public StopCheck Evaluate(SampleSnapshot snapshot, TimeSpan elapsed)
    {
        var decision = rule.Evaluate(snapshot, elapsed);
        return new StopCheck(decision.Stop, decision.TargetMet, double.IsFinite(decision.RelativeHalfWidth) ? decision.RelativeHalfWidth : null);
    }
}
