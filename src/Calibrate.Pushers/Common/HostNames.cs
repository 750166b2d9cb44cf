using System.Text.RegularExpressions;

namespace Calibrate.Pushers.Common;

/// <summary>
/// Host names as DNS allows them (RFC 1123 labels): checked before a name goes into any file or argument vector.
/// The pattern ends with `\z`, not `$`: .NET's `$` also matches before a final newline, which let `wn042\n` through.
/// </summary>
public static partial class HostNames
{
    public static bool IsValid(string name) => name.Length is > 0 and <= 253 && Pattern().IsMatch(name);

    public static string ShortName(string name) => name.Split('.')[0];

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\z")]
    private static partial Regex Pattern();
}
