namespace Calibrate.Node.Fleet;

/// <summary>What the scheduler parsers share: the non-empty lines of a command's output, and job states keyed by id.</summary>
internal static class BatchOutput
{
    public static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Job id to phase; a job listed twice keeps its last line.</summary>
    public static IReadOnlyDictionary<string, JobPhase> Phases(IEnumerable<(string Id, JobPhase Phase)> jobs)
    {
        var phases = new Dictionary<string, JobPhase>(StringComparer.Ordinal);
        foreach (var (id, phase) in jobs)
        {
            phases[id] = phase;
        }

        return phases;
    }
}
