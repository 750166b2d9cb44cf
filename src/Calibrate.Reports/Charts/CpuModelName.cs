using System.Text.RegularExpressions;

namespace Calibrate.Reports.Charts;

/// <summary>
/// A CPU model name as a chart label: /proc/cpuinfo's "Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz" becomes "Intel Xeon
/// Gold 6326". Trademark marks, "CPU", "Processor" and the nominal clock repeat on every model and would push the part
/// that tells them apart past the truncation point of a rotated label. The CSV keeps the full name.
/// </summary>
public static partial class CpuModelName
{
    public static string Abbreviate(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var s = Noise().Replace(model, " ");
        s = Clock().Replace(s, " ");
        s = Spaces().Replace(s, " ").Trim();
        return s.Length == 0 ? model.Trim() : s;
    }

    [GeneratedRegex(@"\((R|TM|r|tm)\)|\bCPU\b(?=\s*@|\s*$)|\bProcessor\b")]
    private static partial Regex Noise();

    [GeneratedRegex(@"@\s*[\d.]+\s*[GM]Hz")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
