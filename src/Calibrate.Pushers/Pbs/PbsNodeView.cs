namespace Calibrate.Pushers.Pbs;

/// <summary>`pbsnodes NODE`: the node name, then indented "key = value" lines (Torque pbsnodes(8B); PBS Pro the same with resources_available.*).</summary>
public static class PbsNodeView
{
    public static IReadOnlyDictionary<string, string> Attributes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && line.Split('=', 2) is [var key, var value])
            {
                attributes[key.Trim()] = value.Trim();
            }
        }

        return attributes;
    }
}
