namespace Calibrate.Core.Scoring;

/// <summary>
/// HEP-SPEC06's two primitives: a kernel's score is reference seconds / measured seconds, a copy's the geometric mean
/// of its kernels' scores. <see cref="NodeScoring"/> composes them into the node score.
/// </summary>
/// <remarks>
/// Source: HEPiX Benchmarking WG, "How to run HS06" (w3.hepix.org/benchmarking/how_to_run_hs06.html): each benchmark
/// runs 3 iterations and the median is used; a copy's score is the geometric mean of the SPEC ratios; the machine's
/// HS06 is the sum over copies. The same rule is copied in research/anchors_benchmarks.md, section 1.
/// </remarks>
public static class Hs06Aggregation
{
    public static double KernelScore(double referenceSeconds, double measuredSeconds)
    {
        if (!(measuredSeconds > 0) || !(referenceSeconds > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(measuredSeconds), "times must be positive");
        }

        return referenceSeconds / measuredSeconds;
    }

    /// <summary>Geometric mean, computed in log space so that many large ratios do not overflow.</summary>
    public static double GeometricMean(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var sumLog = 0.0;
        foreach (var v in values)
        {
            if (!(v > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(values), "geometric mean of a non-positive value");
            }

            sumLog += Math.Log(v);
        }

        return Math.Exp(sumLog / values.Count);
    }
}
