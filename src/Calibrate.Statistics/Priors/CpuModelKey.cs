using System.Text.RegularExpressions;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// The CPU model a node and the HS23 table are matched on, written one way: lower case; an Arm name keeps what
/// precedes " - " (lscpu names the core, "Neoverse-N1", where the table may add the vendor's product, "Neoverse-N1 -
/// Ampere(R) Altra(R) Processor"); "(R)", "(TM)", "(C)", a clock ("@ 2.90GHz", "3.00GHz"), a core count ("16-Core"),
/// the words "CPU" and "Processor", the vendor words "Intel" and "AMD" and a lone "0" (Sandy Bridge's
/// "E5-2620 0 @ 2.00GHz", version 1) dropped; "2630v3" written "2630 v3"; runs of blanks made one.
/// </summary>
/// <remarks>
/// "Intel(R) Xeon(R) CPU E5-2630 v3 @ 2.40GHz" is "xeon e5-2630 v3", "AMD EPYC 7302 16-Core Processor" is
/// "epyc 7302", "INTEL(R) XEON(R) GOLD 6530" is "xeon gold 6530". Suffixes that name another model stay: "7302P",
/// "8480CL", "8592+". A generic name a hypervisor shows ("AMD EPYC", "Intel Core Processor (Haswell, no TSX, IBRS)")
/// stays generic and matches only the same generic name. A key, not a label: charts abbreviate names their own way
/// (Calibrate.Reports.Charts.CpuModelName).
/// </remarks>
public static partial class CpuModelKey
{
    private static readonly HashSet<string> DroppedWords = new(StringComparer.Ordinal) { "cpu", "processor", "intel", "amd", "0" };

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.ToLowerInvariant();
        var product = text.IndexOf(" - ", StringComparison.Ordinal);
        if (product >= 0)
        {
            text = text[..product];
        }

        text = Marks().Replace(text, " ");
        text = Clock().Replace(text, " ");
        text = CoreCount().Replace(text, " ");
        text = Version().Replace(text, "$1 $2");
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !DroppedWords.Contains(w)));
    }

    [GeneratedRegex(@"\(\s*(r|tm|c)\s*\)")]
    private static partial Regex Marks();

    [GeneratedRegex(@"@?\s*\d+(\.\d+)?\s*[gm]hz\b")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b\d+-core\b")]
    private static partial Regex CoreCount();

    [GeneratedRegex(@"(\d)(v\d)\b")]
    private static partial Regex Version();
}
