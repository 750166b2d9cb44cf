namespace Calibrate.Node.Fleet;

/// <summary>Where a node stands in a campaign, or, for nodes outside it, whether its latest result is recent enough.</summary>
public enum NodeState
{
    /// <summary>The campaign's job stored a result for the node.</summary>
    Done,

    /// <summary>The job is running.</summary>
    Running,

    /// <summary>The job waits for the node (it must be empty: the job is exclusive).</summary>
    Pending,

    /// <summary>The job ended, or the scheduler forgot it, without a result in the store: see the job's output file.</summary>
    Failed,

    /// <summary>Not in the campaign, and its latest result is older than --stale-after: measure it again.</summary>
    Stale,

    /// <summary>Not in the campaign, with a recent result.</summary>
    Current,
}
