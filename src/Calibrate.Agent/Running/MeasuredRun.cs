using Calibrate.Core.Results;
using Calibrate.Core.Running;

namespace Calibrate.Agent.Running;

/// <summary>
/// What the runner hands back: the result as measured (node score by <see cref="Core.Scoring.NodeScoring"/>, not yet
/// analysed), the final snapshot of its samples that the score was computed from, and the stopping rule's last
/// decision, so that the analysis works on the same data and nothing is rebuilt after the run.
/// </summary>
public sealed record MeasuredRun(RunResult Result, SampleSnapshot Snapshot, StopCheck LastCheck)
{
    /// <summary>Every copy's noise-probe times, for the analysis of the host's noise.</summary>
    public IReadOnlyList<NoiseProbeSeries> Probes { get; init; } = [];
}
