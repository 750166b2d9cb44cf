namespace Calibrate.Node.Fleet;

/// <summary>What a failing state query means for `fleet status`.</summary>
public enum QueryFailure
{
    /// <summary>The scheduler did not answer: status fails with the command's message (squeue, qstat, condor_q).</summary>
    Error,

    /// <summary>The query is not available here (sacct without accounting, qacct before any job ended): the next one answers, and the report says why.</summary>
    Skip,

    /// <summary>The exit code says some ids were not found (bjobs): what it printed still counts.</summary>
    ParseOutput,
}
