using System.Globalization;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Calibration;

/// <summary>
/// The HS06 per slot of the site's factor-1.0 host model, which CPU factors are relative to. Sites set it with
/// --reference-hs06-per-slot or $CALIBRATE_REFERENCE_HS06_PER_SLOT; the default of 10 HS06 per slot is a round figure
/// in the range of the per-copy HS06 of the HEPiX tables (research/anchors_benchmarks.md), so factors read as
/// "x times a 10-HS06 slot" until a site names its own reference.
/// </summary>
public static class SiteReference
{
    public const double DefaultHs06PerSlot = 10.0;

    /// <summary>
    /// The --reference-hs06-per-slot text as a number, parsed culture-invariantly (an Option&lt;double&gt; is parsed in the
    /// current culture, so "11.5" would be 115 under de-DE); null when the option was not given.
    /// </summary>
    public static double? ParseOption(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CliException.Usage($"--reference-hs06-per-slot must be a positive number such as 11.5, not '{text}'");
    }

    public static double Hs06PerSlot(CliContext context, double? option)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (option is { } value)
        {
            return value > 0 && double.IsFinite(value) ? value : throw CliException.Usage($"--reference-hs06-per-slot must be a positive number, not {value.ToString(CultureInfo.InvariantCulture)}");
        }

        var env = context.GetEnvironment("CALIBRATE_REFERENCE_HS06_PER_SLOT");
        if (string.IsNullOrWhiteSpace(env))
        {
            return DefaultHs06PerSlot;
        }

        return double.TryParse(env, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw CliException.Usage($"CALIBRATE_REFERENCE_HS06_PER_SLOT '{env}' is not a positive number");
    }
}
