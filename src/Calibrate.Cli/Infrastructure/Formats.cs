using System.Globalization;

namespace Calibrate.Cli.Infrastructure;

/// <summary>Number formats of human-readable output: invariant, and percentages written the way admins write them ("0.61%", not the invariant culture's "0.61 %").</summary>
public static class Formats
{
    public static string Percent(double fraction, int decimals = 2) =>
        (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
}
