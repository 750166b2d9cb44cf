namespace Calibrate.Agent.Running;

/// <summary>
/// What a progress display shows while a run goes on: the phase ("starting", "measuring"), copies and how many are
/// ready, samples so far (and the fewest of each kernel over the copies), time, and the precision reached and aimed at.
/// </summary>
public sealed record RunProgress(
    string Phase,
    int Copies,
    int ReadyCopies,
    long Samples,
    TimeSpan Elapsed,
    TimeSpan Budget,
    double? RelativeHalfWidth)
{
    /// <summary>Kernel name to the fewest samples any copy holds of it, in the kernels' order.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> KernelSamples { get; init; } = [];

    /// <summary>The run's precision target (relative half-width), if it has one.</summary>
    public double? Target { get; init; }
}
