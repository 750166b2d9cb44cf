using MathNet.Numerics.Distributions;

namespace Calibrate.Statistics.Intervals;

/// <summary>The two-sided critical value t_{df, (1 + level)/2} of Student's t distribution.</summary>
/// <remarks>Student, "The probable error of a mean", Biometrika 6 (1908) 1–25, doi:10.1093/biomet/6.1.1; MathNet.Numerics StudentT.</remarks>
public static class StudentTQuantile
{
    public static double TwoSided(double level, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1.0);
        var p = (1.0 + level) / 2.0;
        return double.IsPositiveInfinity(degreesOfFreedom)
            ? Normal.InvCDF(0, 1, p)
            : StudentT.InvCDF(0, 1, degreesOfFreedom, p);
    }
}
