using System.Globalization;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Slurm;

/// <summary>
/// A node's features and weight as `scontrol show node NAME -o` prints them (one line of `Key=Value` pairs; a list
/// without entries is `(null)`; scontrol.1).
/// </summary>
public sealed record SlurmNodeState(string Node, IReadOnlyList<string> AvailableFeatures, IReadOnlyList<string> ActiveFeatures, long Weight)
{
    public static SlurmNodeState Parse(string node, string showNodeOutput)
    {
        ArgumentNullException.ThrowIfNull(showNodeOutput);
        var fields = ScontrolLine.Fields(showNodeOutput);
        if (!fields.TryGetValue("NodeName", out var name) || !string.Equals(name, node, StringComparison.Ordinal))
        {
            throw new PushConfigException($"`scontrol show node {node}` did not describe node {node}");
        }

        if (!fields.TryGetValue("Weight", out var weightText) || !long.TryParse(weightText, NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
        {
            throw new PushConfigException($"`scontrol show node {node}` printed no Weight");
        }

        return new SlurmNodeState(node, List(fields, "AvailableFeatures"), List(fields, "ActiveFeatures"), weight);
    }

    private static List<string> List(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) && value != "(null)"
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList()
            : [];
}
