using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// Slurm: `sbatch --exclusive -w NODE` with the job script (sbatch copies its content at submission, so the script
/// need not be on shared storage); node lists may be hostlist expressions (wn[01-10,15]), expanded by
/// `scontrol show hostnames`. States come from sacct where accounting is configured (it knows ended jobs for as
/// long as the database keeps them), else from `squeue -t all` (ended jobs stay listed for MinJobAge, then disappear,
/// and the store says whether they left a result).
/// </summary>
public sealed class SlurmScheduler : IBatchScheduler
{
    public string Name => "slurm";

    public CommandLine ListNodes() => CommandLine.Of("sinfo", "-h", "-N", "-o", "%N %c");

    /// <summary>"NODE CPUS" per line (a node in two partitions is listed twice).</summary>
    public IReadOnlyList<BatchNode> ParseNodes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => new BatchNode(p[0], p.Length > 1 && int.TryParse(p[1], out var cpus) ? cpus : null))
            .DistinctBy(n => n.Name, StringComparer.Ordinal)
            .ToArray();
    }

    public CommandLine ExpandHostlist(string expression) => CommandLine.Of("scontrol", "show", "hostnames", expression);

    public CommandLine Submit(BatchNode node, JobRequest job)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(job);
        return new CommandLine("sbatch", [
            "--parsable", "--exclusive", "-w", node.Name, "-N", "1", "-J", job.Name,
            "-o", job.OutputPattern.Replace("%J", "%j", StringComparison.Ordinal), "-D", job.WorkingDirectory, .. job.Extra, job.ScriptPath,
        ]);
    }

    /// <summary>`--parsable` prints "JOBID" or "JOBID;CLUSTER".</summary>
    public string? ParseJobId(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = output.Trim().Split('\n')[^1].Split(';')[0].Trim();
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : null;
    }

    public IReadOnlyList<StateQuery> StateQueries(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return
        [
            // -X: the allocation only, not its steps; -P: '|'-separated (sacct(1)). Fails with "Slurm accounting
            // storage is disabled" where AccountingStorageType is none.
            new(CommandLine.Of("sacct", "-n", "-P", "-X", "-o", "JobID,State", "-j", string.Join(',', campaign.Jobs.Select(j => j.JobId))), ParseAccounting)
            {
                OnFailure = QueryFailure.Skip,
                Sufficient = true,
            },
            new(CommandLine.Of("squeue", "-h", "-a", "-t", "all", "-o", "%i %T"), ParseStates),
        ];
    }

    /// <summary>squeue's "JOBID STATE" lines.</summary>
    public static IReadOnlyDictionary<string, JobPhase> ParseStates(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Phases(BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 2)
            .Select(p => (p[0], Phase(p[1]))));
    }

    /// <summary>sacct's "JOBID|STATE" lines; a state may carry a reason ("CANCELLED by 0").</summary>
    public static IReadOnlyDictionary<string, JobPhase> ParseAccounting(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Phases(BatchOutput.Lines(output)
            .Select(l => l.Split('|'))
            .Where(p => p.Length >= 2 && p[0].Length > 0)
            .Select(p => (p[0], Phase(p[1].Split(' ')[0]))));
    }

    private static JobPhase Phase(string state) => state switch
    {
        "PENDING" or "CONFIGURING" or "REQUEUED" or "REQUEUE_HOLD" or "REQUEUE_FED" or "RESV_DEL_HOLD" or "SUSPENDED" => JobPhase.Pending,
        "RUNNING" or "COMPLETING" or "STAGE_OUT" or "SIGNALING" or "STOPPED" => JobPhase.Running,
        _ => JobPhase.Ended,
    };
}
