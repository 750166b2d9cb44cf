using System.Globalization;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>Times as the suite writes them, ISO 8601 in UTC with a Z: whole seconds for the report, microseconds for samples.</summary>
internal static class SuiteTime
{
    public static string Seconds(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Precise(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
