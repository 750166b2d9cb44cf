using System.Buffers.Text;

namespace Calibrate.Core.Json;

/// <summary>
/// Formats the doubles Calibrate records most (sample times, whole multiples of 100 ns; interference readings, rounded
/// to the precision they are read at) from an integer, without the shortest round-trip search that makes formatting a
/// double slow. A value takes the fast path only when it is exactly the double nearest to a decimal with at most
/// <see cref="MaxDecimals"/> decimals in [1e-4, 1e6): that decimal has at most 15 significant digits, so no other
/// decimal as short maps to the same double (a binary64 double keeps any 15-digit decimal: DBL_DIG = 15, ISO/IEC 9899
/// §5.2.4.2.2), and it is the shortest round-trip text the standard writer prints. Anything else returns false
/// and goes through the standard writer, so the output is always what System.Text.Json would write (tested on random
/// values).
/// </summary>
public static class ShortDecimal
{
    public const int MaxDecimals = 9;

    /// <summary>The longest text of a fast-path value: six integer digits, the point, nine decimals.</summary>
    public const int MaxLength = 16;

    private const long Scale = 1_000_000_000;

    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    // Within this range the standard writer prints plain decimals (no exponent), which the fast path reproduces.
    private const double FastMin = 1e-4;
    private const double FastMax = 1e6;

    private const int MaxSignificant = 15;

    /// <summary>10^22 is the largest power of ten a double holds exactly.</summary>
    private const int MaxParsedDecimals = 22;

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>"0.1059042" for 0.1059042; false unless the value is exactly such a decimal in range (or zero).</summary>
    public static bool TryFormat(double value, Span<byte> buffer, out int written)
    {
        written = 0;
        if (buffer.Length < MaxLength)
        {
            return false;
        }

        if (value == 0 && !double.IsNegative(value))
        {
            buffer[0] = (byte)'0';
            written = 1;
            return true;
        }

        if (!(value >= FastMin && value < FastMax))
        {
            return false;
        }

        // The check is the proof: dividing two exactly represented integers rounds correctly, so equality means the
        // value is the double nearest to scaled / 10^9.
        var scaled = (long)Math.Round(value * Scale);
        if ((double)scaled / Scale != value)
        {
            return false;
        }

        // Both parts fit 32 bits (below 10^6 and 10^9), whose divisions by constants are the cheaper.
        var whole = (uint)(scaled / Scale);
        var fraction = (uint)(scaled - (whole * Scale));
        if (whole < 10)
        {
            buffer[0] = (byte)('0' + whole);
            written = 1;
        }
        else if (!Utf8Formatter.TryFormat(whole, buffer, out written))
        {
            return false;
        }

        if (fraction == 0)
        {
            return true;
        }

        // The decimals without their trailing zeros (sample times have at least two), written two at a time from the right.
        buffer[written++] = (byte)'.';
        var digits = MaxDecimals;
        if (fraction % 100 == 0)
        {
            fraction /= 100;
            digits -= 2;
        }

        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        var position = written + digits;
        written = position;
        var pairs = Pairs;
        while (fraction >= 10)
        {
            var rest = fraction / 100;
            var pair = (int)(fraction - (rest * 100)) * 2;
            fraction = rest;
            buffer[--position] = pairs[pair + 1];
            buffer[--position] = pairs[pair];
        }

        // What is left: an odd count's leading digit, then the leading zeros of the decimals ("0.0012").
        while (position > written - digits)
        {
            buffer[--position] = (byte)('0' + fraction);
            fraction = 0;
        }

        return true;
    }

    /// <summary>
    /// Reads a plain decimal ("0.1059042", "-2.5", "2596") of at most 15 significant digits: the integer of its digits
    /// divided by the power of ten of its decimals, both exact doubles, so the one rounding of the division gives the
    /// double nearest to the decimal, as a full parser does (Clinger 1990, "How to read floating point numbers
    /// accurately", doi:10.1145/93548.93557, the fast path). False for anything else (exponents, longer numbers).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var i = negative ? 1 : 0;
        long digits = 0;
        var significant = 0;
        var decimals = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.' && decimals < 0)
            {
                decimals = 0;
                continue;
            }

            var digit = c - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (digits > 0 || digit > 0)
            {
                if (++significant > MaxSignificant)
                {
                    return false;
                }
            }

            digits = (digits * 10) + digit;
            if (decimals >= 0)
            {
                decimals++;
            }
        }

        if (decimals == 0 || decimals > MaxParsedDecimals || text.Length == (negative ? 1 : 0))
        {
            return false;
        }

        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        if (negative)
        {
            value = -value;
        }

        return true;
    }
}
