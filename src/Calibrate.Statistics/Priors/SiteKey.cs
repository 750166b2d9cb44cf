using System.Text.RegularExpressions;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// A site as leave-one-site-out counts it: upper case, "_" written "-", a parenthesised qualifier dropped
/// ("JP-KEK-CRC-02 (KEKCC-2024)" is "JP-KEK-CRC-02"), and two names the table gives one site twice under.
/// </summary>
/// <remarks>
/// Counting one site as two would let it predict itself and make the measured error too small. The aliases:
/// "SCOTGRID_GLASGOW" is the WLCG site UKI-SCOTGRID-GLASGOW under its short name; "IHEP-new" is IHEP's newer
/// cluster, at the same institute. Sites with distinct WLCG names (GridKa and GridKa-Tier3, CC-IN2P3 and IN2P3-LLR)
/// stay distinct.
/// </remarks>
public static partial class SiteKey
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["SCOTGRID-GLASGOW"] = "UKI-SCOTGRID-GLASGOW",
        ["IHEP-NEW"] = "IHEP",
    };

    public static string Of(string site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var key = string.Join(' ', Qualifier().Replace(site, " ").ToUpperInvariant().Replace('_', '-').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Aliases.GetValueOrDefault(key, key);
    }

    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex Qualifier();
}
