using System.Globalization;
using System.Text.RegularExpressions;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;

namespace Calibrate.Pushers.Apel;

/// <summary>
/// The `[spec_updater]` section of an APEL client.cfg as Python's ConfigParser reads it: a section runs to the next
/// `[header]`; an option starts in the first column (an indented line continues the previous value) as `key = value` or
/// `key: value`, keys case-insensitive; lines starting with `#` or `;` are comments.
/// </summary>
public sealed partial record ApelSpecSection(int InsertAt, IReadOnlyList<ApelSpecLine> Specs, bool SiteNameBlank)
{
    public const string Name = "spec_updater";

    public static ApelSpecSection Find(LsfText text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = -1;
        for (var i = 0; i < text.Count; i++)
        {
            if (HeaderName(text.Content(i)) == Name)
            {
                header = header < 0 ? i : throw new PushConfigException($"{path} has two [{Name}] sections (ConfigParser refuses that)");
            }
        }

        return header < 0
            ? throw new PushConfigException($"{path} has no [{Name}] section; is it an APEL client.cfg?")
            : Read(text, header);
    }

    private static ApelSpecSection Read(LsfText text, int header)
    {
        var insertAt = header + 1;
        var specs = new List<ApelSpecLine>();
        var siteNameBlank = true;
        for (var i = header + 1; i < text.Count && HeaderName(text.Content(i)) is null; i++)
        {
            var content = text.Content(i);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            insertAt = i + 1;
            var option = OptionPattern().Match(content);
            if (!option.Success)
            {
                continue;
            }

            var key = option.Groups["key"].Value.ToLowerInvariant();
            var value = option.Groups["value"];
            if (key == "site_name")
            {
                siteNameBlank = value.Value.Length == 0;
            }
            else if (SpecKeyPattern().Match(key) is { Success: true } spec)
            {
                var index = int.Parse(spec.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                specs.Add(new ApelSpecLine(i, index, value.Value.Split(',')[0].Trim(), value.Value, value.Index));
            }
        }

        return new ApelSpecSection(insertAt, specs, siteNameBlank);
    }

    private static string? HeaderName(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 2 && trimmed[0] == '[' && trimmed.IndexOf(']', StringComparison.Ordinal) is var close and > 1
            ? trimmed[1..close]
            : null;
    }

    [GeneratedRegex(@"^(?<key>[^\s#;=:\[][^=:]*?)\s*[=:]\s*(?<value>.*?)\s*$")]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"^manual_spec(?<n>[0-9]{1,9})$")]
    private static partial Regex SpecKeyPattern();
}
