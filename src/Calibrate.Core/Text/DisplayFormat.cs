using System.Globalization;

namespace Calibrate.Core.Text;

/// <summary>
/// The number forms of every human-readable output (tables, summaries, journal lines, reports): invariant culture,
/// percentages the way admins write them ("0.61%", not "0.61 %"), an undefined value (NaN) as "-".
/// </summary>
public static class DisplayFormat
{
    public const string Undefined = "-";

    /// <summary>p-values below this show as "&lt;0.001": more digits claim a precision the t approximation lacks.</summary>
    public const double SmallestShownP = 0.001;

    public static string F(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A fixed-point format ("F2") rounds by <see cref="DecimalRounding"/>, as files and pushers do; others as .NET formats them.</summary>
    public static string Number(double value, string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!double.IsFinite(value))
        {
            return Undefined;
        }

        return format.Length >= 2 && format[0] == 'F' && int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= DecimalRounding.MaxDecimals
            ? DecimalRounding.Text(value, decimals)
            : value.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Interval(double low, double high, string format) =>
        double.IsFinite(low) && double.IsFinite(high) ? $"{Number(low, format)} to {Number(high, format)}" : Undefined;

    public static string WithInterval(double value, double low, double high, string format) =>
        double.IsFinite(low) && double.IsFinite(high) ? $"{Number(value, format)} ({Interval(low, high, format)})" : Number(value, format);

    public static string PValue(double p) =>
        !double.IsFinite(p) ? Undefined : p < SmallestShownP ? "<0.001" : Number(p, "F3");

    /// <summary>A fraction as a percentage without the invariant culture's space: 0.0123 is "1.23%".</summary>
    public static string Percent(double fraction, int decimals = 2) =>
        double.IsFinite(fraction) ? Number(fraction * 100, "F" + decimals.ToString(CultureInfo.InvariantCulture)) + "%" : Undefined;

    /// <summary>An explicit sign, none when the shown digits are all zero (no "-0.0").</summary>
    public static string WithSign(double value, string format)
    {
        if (!double.IsFinite(value))
        {
            return Undefined;
        }

        var magnitude = Number(Math.Abs(value), format);
        return magnitude.Any(c => c is >= '1' and <= '9') ? (value < 0 ? "-" : "+") + magnitude : magnitude;
    }
}
