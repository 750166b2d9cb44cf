namespace Calibrate.Node.Configuration;

/// <summary>The known key a typo most likely meant: the nearest by Levenshtein distance, if within two edits.</summary>
internal static class Suggestion
{
    private const int MaxDistance = 2;

    public static string? Closest(string typed, IEnumerable<string> known) =>
        known.Distinct(StringComparer.Ordinal)
            .Select(k => (Key: k, Distance: Distance(typed, k)))
            .Where(c => c.Distance <= MaxDistance)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
