using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.GridEngine;

/// <summary>
/// An exec host's `usage_scaling` (host_conf(5)): `NONE` or `name=value` pairs joined by commas. DIRAC's
/// SGEResourceUsage._getCPUScalingFactor() reads it from `qconf -se &lt;host&gt;` with the regex `cpu=([\d,\.]*),`, which
/// needs a comma after the cpu value: cpu is written first and mem and io (1.000000 unless already set) follow.
/// </summary>
public static class UsageScaling
{
    /// <summary>Grid Engine prints scaling values with six decimals.</summary>
    public const int Decimals = 6;

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string showHostOutput, string host)
    {
        ArgumentNullException.ThrowIfNull(showHostOutput);
        var line = Attributes(showHostOutput).FirstOrDefault(l => l.Split(' ', '\t')[0] == "usage_scaling")
            ?? throw new PushConfigException($"`qconf -se {host}` printed no usage_scaling line");
        var value = line["usage_scaling".Length..].Trim();
        if (value.Length == 0 || string.Equals(value, "NONE", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var kv = pair.Split('=', 2);
            return kv.Length == 2 && kv[0].Length > 0 && PlainNumber.TryParse(kv[1], out _)
                ? new KeyValuePair<string, string>(kv[0], kv[1])
                : throw new PushConfigException($"usage_scaling of {host} has a malformed entry `{pair}`");
        }).ToList();
    }

    /// <summary>
    /// One line per attribute: qconf wraps a long list after a comma with " \" and continues it indented on the next
    /// line (as `load_values` is printed by 8.1.9).
    /// </summary>
    private static IEnumerable<string> Attributes(string output)
    {
        var current = new System.Text.StringBuilder();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.Trim();
            var continues = line.EndsWith('\\');
            current.Append(continues ? line[..^1].TrimEnd() : line);
            if (!continues)
            {
                yield return current.ToString();
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    public static string WithCpu(IReadOnlyList<KeyValuePair<string, string>> current, double factor)
    {
        ArgumentNullException.ThrowIfNull(current);
        var rest = current.Where(kv => kv.Key != "cpu").ToList();
        foreach (var needed in new[] { "mem", "io" })
        {
            if (rest.All(kv => kv.Key != needed))
            {
                rest.Add(new(needed, PlainNumber.Fixed(1, Decimals)));
            }
        }

        return string.Join(',', new[] { "cpu=" + PlainNumber.Fixed(factor, Decimals) }.Concat(rest.Select(kv => kv.Key + "=" + kv.Value)));
    }
}
