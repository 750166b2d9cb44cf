using System.Globalization;

namespace Calibrate.Agent.Probing;

/// <summary>
/// Parses /proc/cpuinfo ("key<tab>: value" lines, a blank line between processors). Field names and the rule
/// that the first value of a field wins follow util-linux sys-utils/lscpu-cputype.c (cpuinfo_parse_line).
/// </summary>
public static class CpuInfoParser
{
    public static CpuInfo Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var type = new Dictionary<string, string>(StringComparer.Ordinal);
        var processors = new List<CpuInfoProcessor>();
        CpuInfoProcessor? current = null;

        foreach (var rawLine in text.Split('\n'))
        {
            var colon = rawLine.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = rawLine[..colon].Trim();
            var value = rawLine[(colon + 1)..].Trim();
            switch (key)
            {
                case "processor":
                    if (current is not null)
                    {
                        processors.Add(current);
                    }

                    current = new CpuInfoProcessor(ParseProcessor(value), null, null);
                    break;
                case "physical id" when current is not null:
                    current = current with { PhysicalId = TryInt(value) };
                    break;
                case "core id" when current is not null:
                    current = current with { CoreId = TryInt(value) };
                    break;
                default:
                    type.TryAdd(key, value);
                    break;
            }
        }

        if (current is not null)
        {
            processors.Add(current);
        }

        var implementer = Get(type, "CPU implementer");
        var part = Get(type, "CPU part");
        return new CpuInfo
        {
            Processors = processors,
            ModelName = Get(type, "model name") ?? ArmCpuNames.PartName(implementer, part) ?? Get(type, "cpu"),
            Vendor = Get(type, "vendor_id") ?? Get(type, "vendor") ?? ArmCpuNames.ImplementerName(implementer),
            Family = TryInt(Get(type, "cpu family")),
            Model = TryInt(Get(type, "model")),
            Stepping = TryInt(Get(type, "stepping")),
            Flags = (Get(type, "flags") ?? Get(type, "Features") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Implementer = implementer,
            Part = part,
        };
    }

    private static int ParseProcessor(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new FormatException($"'processor : {KernelText.Shorten(value)}' does not number a processor");

    private static string? Get(Dictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static int? TryInt(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
