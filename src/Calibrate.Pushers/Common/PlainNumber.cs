using System.Globalization;
using Calibrate.Core.Text;

namespace Calibrate.Pushers.Common;

/// <summary>
/// Numbers as every reader of MJF and batch-system files parses them: invariant culture, `.` as the separator, no
/// exponent, no thousands separator. glideinWMS accepts only `^[0-9]+(.[0-9]+)?$` and DIRAC calls Python's
/// float()/int() (integration.md 1.5), so a de-DE "812,35" or an "8.1235E+2" would break them.
/// </summary>
public static class PlainNumber
{
    /// <summary>A decimal with at most <paramref name="decimals"/> digits after the point, trailing zeros dropped.</summary>
    public static string Format(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "not a finite number");
        }

        var text = DecimalRounding.Text(value, Math.Max(decimals, 0));
        text = text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
        return text == "-0" ? "0" : text;
    }

    /// <summary>A decimal with exactly <paramref name="decimals"/> digits after the point.</summary>
    public static string Fixed(double value, int decimals) => DecimalRounding.Text(value, decimals);

    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
