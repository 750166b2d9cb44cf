using Calibrate.Core.Running;

namespace Calibrate.Agent.Running;

/// <summary>Decides, after each round of samples, whether the run has measured enough.</summary>
public interface IStoppingRule
{
    StopCheck Evaluate(SampleSnapshot snapshot, TimeSpan elapsed);
}

/// <summary>Stop now or go on; and whether the precision target is met (for the result).</summary>
public readonly record struct StopCheck(bool Stop, bool TargetMet, double? RelativeHalfWidth);
