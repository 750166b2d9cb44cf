namespace Calibrate.Pushers.Mjf;

/// <summary>
/// The key (file) names this pusher writes. HSF-TN-2016-02 section "Directories": file name = key, and "file names
/// consist only of lowercase letters, digits and underscores"; hs06 and total_cpu are $MACHINEFEATURES keys,
/// allocated_cpu, hs06_job and the rest of <see cref="JobKeys"/> $JOBFEATURES keys. jobslots, phys_cores and log_cores are the 2013 WMTEG draft keys
/// that old DIRAC still divides by (integration.md 1.2), written only with --legacy.
/// </summary>
public static class MjfKeys
{
    public const string Hs06 = "hs06";
    public const string TotalCpu = "total_cpu";
    public const string JobSlots = "jobslots";
    public const string PhysCores = "phys_cores";
    public const string LogCores = "log_cores";
    public const string AllocatedCpu = "allocated_cpu";
    public const string Hs06Job = "hs06_job";
    public const string JobStartSecs = "jobstart_secs";
    public const string JobId = "job_id";
    public const string WallLimitSecs = "wall_limit_secs";
    public const string CpuLimitSecs = "cpu_limit_secs";
    public const string MaxRssBytes = "max_rss_bytes";
    public const string MaxSwapBytes = "max_swap_bytes";
    public const string ScratchLimitBytes = "scratch_limit_bytes";

    /// <summary>
    /// The static $JOBFEATURES keys of HSF-TN-2016-02 in the note's order (shutdowntime_job and grace_secs_job are
    /// set by whoever plans a job's shutdown, not by a prolog).
    /// </summary>
    public static IReadOnlyList<string> JobKeys { get; } =
        [AllocatedCpu, Hs06Job, JobStartSecs, JobId, WallLimitSecs, CpuLimitSecs, MaxRssBytes, MaxSwapBytes, ScratchLimitBytes];

    /// <summary>HS06 values are written with two decimals, as in the spec's examples and HEPiX tables.</summary>
    public const int Hs06Decimals = 2;

    public static bool IsValidName(string key) =>
        key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
