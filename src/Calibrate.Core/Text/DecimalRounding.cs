using System.Globalization;
using System.Numerics;

namespace Calibrate.Core.Text;

/// <summary>
/// The one rounding of a figure to a number of decimals, for everything printed, written to a file or published: the
/// double's exact value (m · 2^e) rounded to the nearest multiple of 10^-d, an exact tie away from zero. Exact integer
/// arithmetic on purpose: Math.Round(x, d) scales by 10^d in floating point and rounds 2.26149999… (below the tie) up
/// to 2.262, while .NET's "F" format rounds an exact tie such as 1.125 to even (1.12); either would let a file and a
/// summary printed from the same number differ in the last digit.
/// </summary>
public static class DecimalRounding
{
    /// <summary>The largest number of decimals figures are written with (Grid Engine's usage_scaling takes 6).</summary>
    public const int MaxDecimals = 9;

    public static double Round(double value, int decimals) =>
        double.Parse(Text(value, decimals), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Exactly <paramref name="decimals"/> digits after the point, invariant ("-0.00" stays "-0.00").</summary>
    public static string Text(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "not a finite number");
        }

        var (mantissa, exponent) = Decompose(Math.Abs(value));
        var scaled = mantissa * BigInteger.Pow(10, decimals);
        BigInteger units;
        if (exponent >= 0)
        {
            units = scaled << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            units = BigInteger.DivRem(scaled, denominator, out var remainder);
            if (remainder * 2 >= denominator)
            {
                units += 1;
            }
        }

        var digits = units.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var text = decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..];
        return (value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : "") + text;
    }

    /// <summary>A non-negative finite double as mantissa · 2^exponent, exactly.</summary>
    private static (BigInteger Mantissa, int Exponent) Decompose(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        return biased == 0 ? (fraction, -1074) : (fraction | (1L << 52), biased - 1075);
    }
}
