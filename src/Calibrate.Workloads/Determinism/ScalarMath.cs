namespace Calibrate.Workloads.Determinism;

/// <summary>
/// Transcendental functions built from +, -, *, / only, because libm's Math.Log differs in the last bit
/// between platforms and a checksum would too.
/// </summary>
internal static class ScalarMath
{
    private const double Ln2 = 0.69314718055994530942;
    private const double Sqrt2 = 1.41421356237309504880;
    private const int SeriesTerms = 12;

    /// <summary>Natural logarithm of a positive, finite, normal x; accurate to about 1e-15 relative.</summary>
    /// <remarks>
    /// x = m * 2^e with m in [sqrt(2)/2, sqrt(2)); ln m = 2 atanh(s), s = (m - 1)/(m + 1), |s| &lt; 0.172,
    /// summed as the odd power series (Abramowitz and Stegun 4.1.27). Twelve terms reach s^25 &lt; 1e-19.
    /// </remarks>
    public static double Log(double x)
    {
        if (!(x > 0.0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Log needs a positive finite argument.");
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var mantissa = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (mantissa >= Sqrt2)
        {
            mantissa *= 0.5;
            exponent++;
        }

        var s = (mantissa - 1.0) / (mantissa + 1.0);
        var s2 = s * s;
        var term = s;
        var sum = 0.0;
        for (var k = 0; k < SeriesTerms; k++)
        {
            sum += term / ((2 * k) + 1);
            term *= s2;
        }

        return (exponent * Ln2) + (2.0 * sum);
    }
}
