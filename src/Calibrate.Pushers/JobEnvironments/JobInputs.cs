namespace Calibrate.Pushers.JobEnvironments;

/// <summary>What a prolog hands calibrate about the job: its environment, files it names, and this node's name.</summary>
public sealed record JobInputs
{
    /// <summary>The job's environment variables (null when unset).</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>A file's text, null when it does not exist (HTCondor's job and machine ads, Grid Engine's PE_HOSTFILE).</summary>
    public required Func<string, string?> ReadFile { get; init; }

    /// <summary>This node's host name, to find its own line in a multi-node allocation.</summary>
    public required string HostName { get; init; }

    /// <summary>When the prolog runs: the job's start where the scheduler does not say it (a prolog runs as the job starts).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Torque's prologue argument 5, the job's resource list (`nodes=1:ppn=8,walltime=04:00:00`); null when not given.</summary>
    public string? ResourceList { get; init; }

    /// <summary>Slurm: `scontrol show job -o ID`, asked where the environment holds no end time; null otherwise.</summary>
    public string? SchedulerRecord { get; init; }
}
