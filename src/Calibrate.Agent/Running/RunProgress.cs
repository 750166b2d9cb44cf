namespace Calibrate.Agent.Running;

/// <summary>What a progress display shows while a run goes on.</summary>
public sealed record RunProgress(
    string Phase,
    int Copies,
    int ReadyCopies,
    long Samples,
    TimeSpan Elapsed,
    TimeSpan Budget,
    double? RelativeHalfWidth);
