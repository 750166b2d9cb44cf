namespace Calibrate.Statistics.Descriptive;

/// <summary>
/// Mean x̄ = Σx/n and unbiased variance s² = Σ(x − x̄)²/(n − 1), by Welford's one-pass update.
/// </summary>
/// <remarks>
/// Welford, "Note on a method for calculating corrected sums of squares and products", Technometrics 4 (1962) 419–420,
/// doi:10.1080/00401706.1962.10490022.
/// </remarks>
public readonly record struct SampleMoments(int Count, double Mean, double Variance)
{
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>s / √n; NaN with fewer than two values.</summary>
    public double StandardError => Math.Sqrt(Variance / Count);

    public static SampleMoments Of(ReadOnlySpan<double> values)
    {
        var mean = 0.0;
        var m2 = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }

        var variance = values.Length > 1 ? m2 / (values.Length - 1) : double.NaN;
        return new SampleMoments(values.Length, values.Length > 0 ? mean : double.NaN, variance);
    }

    public static SampleMoments Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Of(values.ToArray());
    }
}
