using Calibrate.Core.Results;
using Calibrate.Core.Scoring;

namespace Calibrate.TestSupport.Results;

/// <summary>
/// One kernel of one copy as a test describes it: its timed samples, grouped by repetition. The kernel's seconds (the
/// median over repetitions of each repetition's median) and score (reference / seconds) follow from them by the
/// project's own rules (<see cref="SampleMedian"/>, <see cref="Hs06Aggregation"/>), as the runner computes them.
/// </summary>
public sealed record TestKernel(string Name, double ReferenceSeconds, IReadOnlyList<IReadOnlyList<double>> Repetitions)
{
    public bool Verified { get; init; } = true;

    /// <summary>A kernel of one repetition whose every one of <paramref name="samples"/> scored <paramref name="score"/>.</summary>
    public static TestKernel Scoring(string name, double score, int samples = 1, double referenceSeconds = 1.0) =>
        new(name, referenceSeconds, [Enumerable.Repeat(referenceSeconds / score, samples).ToArray()]);

    /// <summary>A kernel of one repetition of the given sample times.</summary>
    public static TestKernel Timed(string name, double referenceSeconds, params double[] samples) =>
        new(name, referenceSeconds, [samples]);

    public KernelResult ToResult()
    {
        var seconds = SampleMedian.Of(Repetitions.Select(r => SampleMedian.Of(r)).ToArray());
        return new KernelResult
        {
            Kernel = Name,
            ReferenceSeconds = ReferenceSeconds,
            Repetitions = Repetitions,
            Seconds = seconds,
            Score = Hs06Aggregation.KernelScore(ReferenceSeconds, seconds),
            Verified = Verified,
        };
    }
}
