using System.Text.RegularExpressions;
using Calibrate.Core.Factors;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// What LSF accepts as names, checked before a name is written anywhere. Host model names: at most 64 characters
/// (LSF 8.0.1 documentation), not starting with a digit, none of `. ! - = + * / [ ] @ : &amp; | { } ' "` and backtick
/// (OpenLava/volclava lim.conf.c ILLEGAL_CHARS; observed: `HS06-10.5` is rejected, integration.md 2.2 and 7).
/// We allow only letters, digits and underscores, a subset of both. Host names: RFC 1123 labels, as LSF resolves them.
/// Architecture strings (the `lim -t` form, e.g. x15_4604_OpterontmProcessor142) may not hold blanks, parentheses or `#`.
/// </summary>
public static partial class LsfNames
{
    public const int MaxModelNameLength = 64;

    /// <summary>The prefix of the host models calibrate owns (HS06_12_5); others in lsf.shared are never touched.</summary>
    public const string ModelPrefix = "HS06_";

    /// <summary>"At most, 1024 model types can be manually defined in lsf.shared" (LSF 8.0.1 documentation).</summary>
    public const int MaxHostModels = 1024;

    /// <summary>HS06_12_5 for the bucket 12.5: the `.` of the number is not allowed in a model name (integration.md 7).</summary>
    public static string ModelName(double bucket, double step) => ModelPrefix + CpuFactorRules.BucketText(bucket, step).Replace('.', '_');

    public static bool IsValidModelName(string name) => ModelName().IsMatch(name) && name.Length <= MaxModelNameLength;

    public static bool IsValidHostName(string name) => Common.HostNames.IsValid(name);

    public static bool IsValidArchitecture(string name) => Architecture().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z")]
    private static partial Regex ModelName();

    [GeneratedRegex("^[A-Za-z0-9_.:+-]{1,128}\\z")]
    private static partial Regex Architecture();
}
