using System.Globalization;
using System.Text.RegularExpressions;

namespace Calibrate.Node.Configuration;

/// <summary>Parsers for the value forms the command line accepts: durations ("60s", "5m", "1m30s", "7d", "90") and percentages ("0.5%", "0.005").</summary>
public static partial class ValueParsers
{
    [GeneratedRegex(@"^(?:(?<d>\d+(?:\.\d+)?)d)?(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m)?(?:(?<s>\d+(?:\.\d+)?)s?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    /// <summary>
    /// The longest duration any option or setting means (budgets, waits, ages of --since, staleness): ten years. Longer
    /// is a typo, and beyond TimeSpan's range it would overflow; both are refused as not a duration.
    /// </summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(3653);

    public static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var value = (text ?? "").Trim().ToLowerInvariant();
        var match = DurationPattern().Match(value);
        if (value.Length == 0 || !match.Success)
        {
            return false;
        }

        double Part(string name) => match.Groups[name].Success
            ? double.Parse(match.Groups[name].Value, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0;
        var seconds = (Part("d") * 86400) + (Part("h") * 3600) + (Part("m") * 60) + Part("s");
        if (!double.IsFinite(seconds) || seconds <= 0 || seconds > MaxDuration.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return duration > TimeSpan.Zero;
    }

    /// <summary>"0.5%" is 0.005; a bare number below 1 is a fraction ("0.005"), otherwise a percentage ("2" is 2%).</summary>
    public static bool TryParseFraction(string? text, out double fraction)
    {
        fraction = 0;
        var value = (text ?? "").Trim();
        var percent = value.EndsWith('%');
        if (!double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number) || number <= 0)
        {
            return false;
        }

        fraction = percent || number >= 1 ? number / 100.0 : number;
        return fraction < 1;
    }

    /// <summary>An ISO 8601 time (UTC unless it says otherwise), or an age before <paramref name="now"/>: "90m", "24h", "7d"; null for null.</summary>
    public static DateTimeOffset? ParseTime(string option, string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (TryParseDuration(value, out var age) && !value.Contains('-', StringComparison.Ordinal))
        {
            return now - age;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw new Hosting.InputException($"{option} '{text}' is not a UTC date/time such as 2026-11-01 or 2026-11-01T12:00Z, or an age such as 24h or 7d");
    }
}
