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
}
