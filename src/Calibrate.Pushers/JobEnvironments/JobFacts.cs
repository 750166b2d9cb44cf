namespace Calibrate.Pushers.JobEnvironments;

/// <summary>
/// What a batch job's own environment says about it, each fact null when the scheduler does not give it there (the
/// key is then left out of $JOBFEATURES, not invented). Units as HSF-TN-2016-02 writes them: seconds and bytes.
/// </summary>
public sealed record JobFacts
{
    /// <summary>`job_id`: the batch system's job id.</summary>
    public string? JobId { get; init; }

    /// <summary>`allocated_cpu`: processors allocated to the job on this node.</summary>
    public int? AllocatedCpu { get; init; }

    /// <summary>`jobstart_secs`: when the job started on this node.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>`wall_limit_secs`: elapsed-time limit from the start, not scaled by processors.</summary>
    public TimeSpan? WallLimit { get; init; }

    /// <summary>`cpu_limit_secs`: CPU-time limit of all the job's processes together.</summary>
    public TimeSpan? CpuLimit { get; init; }

    /// <summary>`max_rss_bytes`: resident memory limit of all the job's processes.</summary>
    public long? MaxRssBytes { get; init; }

    /// <summary>`max_swap_bytes`: swap limit of all the job's processes.</summary>
    public long? MaxSwapBytes { get; init; }

    /// <summary>`scratch_limit_bytes`: the job's scratch ($TMPDIR) space.</summary>
    public long? ScratchLimitBytes { get; init; }
}
