namespace Calibrate.Core.Scoring;

/// <summary>
/// HEP-SPEC06 aggregation: per kernel, score = reference seconds / measured seconds, the measured seconds being the
/// median over repetitions; per copy, the geometric mean over kernels; per node, the sum over copies.
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

    /// <summary>The sample median (mean of the two middle values for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /// <summary>Measured seconds of a kernel: the median over repetitions of each repetition's median sample.</summary>
    public static double KernelSeconds(IReadOnlyList<IReadOnlyList<double>> repetitions)
    {
        ArgumentNullException.ThrowIfNull(repetitions);
        return Median(repetitions.Where(r => r.Count > 0).Select(Median));
    }

    public static double NodeScore(IEnumerable<double> copyScores) => copyScores.Sum();
}
