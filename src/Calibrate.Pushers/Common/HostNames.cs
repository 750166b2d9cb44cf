using System.Text.RegularExpressions;

namespace Calibrate.Pushers.Common;

/// <summary>Host names as DNS allows them (RFC 1123 labels): checked before a name goes into any argument vector.</summary>
public static partial class HostNames
{
    public static bool IsValid(string name) => name.Length is > 0 and <= 253 && Pattern().IsMatch(name);

    public static string ShortName(string name) => name.Split('.')[0];

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex Pattern();
}
