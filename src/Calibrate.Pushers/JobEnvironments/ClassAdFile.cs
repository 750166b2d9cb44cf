namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// A ClassAd in the "long" form HTCondor writes into a job's `.job.ad` and `.machine.ad` (`$_CONDOR_JOB_AD`,
/// `$_CONDOR_MACHINE_AD`; condor_q -long prints the same): one `Name = value` per line, strings in double quotes.
/// Attribute names are case-insensitive in ClassAds.
/// </summary>
public static class ClassAdFile
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split('\n'))
        {
            var at = line.IndexOf(" = ", StringComparison.Ordinal);
            if (at > 0)
            {
                var value = line[(at + 3)..].Trim();
                attributes[line[..at].Trim()] = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
            }
        }

        return attributes;
    }
}
