namespace Calibrate.Pushers.Slurm;

/// <summary>`scontrol show node|job -o`: one line of Key=Value words (scontrol(1), -o "one liner"); the first of a repeated key counts.</summary>
public static class ScontrolLine
{
    public static IReadOnlyDictionary<string, string> Fields(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .GroupBy(kv => kv[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
    }
}
