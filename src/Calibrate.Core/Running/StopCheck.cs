using Calibrate.Core.Results;

namespace Calibrate.Core.Running;

/// <summary>
/// What a stopping rule decided after a round: stop or go on and why, whether the precision target is met, the
/// relative half-width it judged (null while there are too few samples for an interval), the fewest samples of any
/// kernel and copy, and the interval itself (already carrying <see cref="ScoreInterval.TargetMet"/>).
/// </summary>
public sealed record StopCheck(bool Stop, bool TargetMet, StopReason Reason, double? RelativeHalfWidth, int FewestSamples, ScoreInterval? Interval)
{
    /// <summary>No rule has judged yet: go on.</summary>
    public static StopCheck None { get; } = new(false, false, StopReason.Continue, null, 0, null);
}
