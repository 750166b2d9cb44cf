using Calibrate.Core.Results;

namespace Calibrate.Statistics.Stopping;

/// <summary>
/// What <see cref="PrecisionStoppingRule"/> decided after a round. <see cref="Interval"/> already carries
/// <see cref="ScoreInterval.TargetMet"/>; it is null while there are too few samples for one.
/// </summary>
public sealed record StopDecision(
    bool Stop,
    bool TargetMet,
    StopReason Reason,
    double RelativeHalfWidth,
    int FewestSamples,
    ScoreInterval? Interval);
