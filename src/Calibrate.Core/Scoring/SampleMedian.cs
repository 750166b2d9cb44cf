namespace Calibrate.Core.Scoring;

/// <summary>
/// The sample median: the middle order statistic, or the mean of the two middle ones for an even count.
/// </summary>
/// <remarks>
/// The one median of the project (numpy.median's definition): the node score, its batches, the statistics and the
/// fleet views all use it. Written over spans so that fleet-scale code sorts a scratch copy instead of allocating
/// through LINQ.
/// </remarks>
public static class SampleMedian
{
    public static double Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("the median of no values", nameof(values));
        }

        var scratch = values.Length <= 256 ? stackalloc double[values.Length] : new double[values.Length];
        values.CopyTo(scratch);
        return OfInPlace(scratch);
    }

    public static double Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var scratch = new double[values.Count];
        for (var i = 0; i < scratch.Length; i++)
        {
            scratch[i] = values[i];
        }

        return scratch.Length == 0 ? throw new ArgumentException("the median of no values", nameof(values)) : OfInPlace(scratch);
    }

    /// <summary>Sorts <paramref name="values"/> in place and returns their median.</summary>
    public static double OfInPlace(Span<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("the median of no values", nameof(values));
        }

        values.Sort();
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
