namespace Calibrate.Core.Running;

/// <summary>
/// The runner's stopping seam: after each round it hands the samples so far to the rule, which says whether the run
/// has measured enough. The statistics' precision rule implements it; the runner knows no statistics.
/// </summary>
public interface IStoppingRule
{
    StopCheck Evaluate(SampleSnapshot snapshot, TimeSpan elapsed);
}
