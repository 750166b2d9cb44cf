using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// One command `fleet status` asks the scheduler, how its output maps job ids to phases, and what a failure of it
/// means. Queries run in order; an earlier query's answer for a job wins over a later one's.
/// </summary>
public sealed record StateQuery(CommandLine Command, Func<string, IReadOnlyDictionary<string, JobPhase>> Parse)
{
    /// <summary>What the query's failure (a non-zero exit) means; a timeout is always an error.</summary>
    public QueryFailure OnFailure { get; init; } = QueryFailure.Error;

    /// <summary>When it succeeds it knows every job (sacct): the queries after it are not asked.</summary>
    public bool Sufficient { get; init; }
}
