using System.Globalization;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// Seeded kill moments within a command's measured duration. The seed is fixed (<see cref="DefaultSeed"/>), printed
/// with the moments, and can be replaced with $CALIBRATE_KILL_SEED to try others or replay a failure. The moments are
/// stratified: the i-th of n is drawn uniformly within the i-th n-th of the duration, so every run of the test kills
/// early (start-up, store opening), in the middle and late (analysis, store, files), each at a random point there.
/// </summary>
internal static class KillMoments
{
    public const string SeedVariable = "CALIBRATE_KILL_SEED";

    /// <summary>Issue 15, the one these tests answer.</summary>
    public const int DefaultSeed = 15;

    public static int Seed =>
        Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : DefaultSeed;

    /// <summary>The moments for <paramref name="command"/> (its seed is the seed and the command's name), printed.</summary>
    public static IReadOnlyList<TimeSpan> Draw(string command, TimeSpan duration, int count)
    {
        var random = new Random(Seed ^ StableHash(command));
        var moments = Enumerable.Range(0, count)
            .Select(i => duration * ((i + random.NextDouble()) / count))
            .ToList();
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{command}: seed {Seed} (${SeedVariable} replaces it), a whole run took {duration.TotalSeconds:F2} s, kills at {string.Join(", ", moments.Select(m => $"{m.TotalSeconds:F2} s"))}"));
        return moments;
    }

    /// <summary>FNV-1a over the name: string.GetHashCode differs from process to process.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }
}
