using System.Globalization;

namespace Calibrate.Reports.Plotting;

/// <summary>
/// How numbers are printed in charts, tables and CSV: always under the invariant culture (a de-DE reviewer's report is
/// byte-identical to anyone else's), with precision matched to what the measurement supports (about three
/// significant figures: run-to-run noise on these nodes is around 1%).
/// </summary>
public static class ValueFormat
{
    /// <summary>A score with three significant figures, at least one decimal below 1000 (12.3, 123.4, 1234).</summary>
    public static string Score(double value) => !double.IsFinite(value) ? "n/a"
        : Math.Abs(value) >= 1000 ? value.ToString("F0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("F1", CultureInfo.InvariantCulture)
        : value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>A ratio to the baseline: 0.973.</summary>
    public static string Ratio(double value) => !double.IsFinite(value) ? "n/a" : value.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>A ratio as a signed change: -2.7%.</summary>
    public static string Change(double ratio) => !double.IsFinite(ratio) ? "n/a"
        : ((ratio - 1) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number for CSV: round-trippable, '.' decimal point, empty for a missing value.</summary>
    public static string Raw(double? value) => value is not { } v ? string.Empty
        : double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular for exactly one: "1 node", "2 nodes", "1 copy", "4 copies".</summary>
    public static string Quantity(int value, string singular, string? plural = null) =>
        $"{Count(value)} {(value == 1 ? singular : plural ?? singular + "s")}";

    public static string Utc(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
