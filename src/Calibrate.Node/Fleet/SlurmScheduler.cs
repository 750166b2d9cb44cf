using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Fleet;

/// <summary>
/// Slurm: `sbatch --exclusive -w NODE` with the job script (sbatch copies its content at submission, so the script
/// need not be on shared storage), `squeue -t all` for states (no accounting database needed; ended jobs stay listed
/// for MinJobAge, then disappear, and the store says whether they left a result).
/// </summary>
public sealed class SlurmScheduler : IBatchScheduler
{
    public string Name => "slurm";

    public CommandLine Submit(string node, string jobName, CommandLine job, string scriptPath, string outputPattern, string workingDirectory, IReadOnlyList<string> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new CommandLine("sbatch", [
            "--parsable", "--exclusive", "-w", node, "-N", "1", "-J", jobName,
            "-o", outputPattern.Replace("%J", "%j", StringComparison.Ordinal), "-D", workingDirectory, .. extra, scriptPath,
        ]);
    }

    /// <summary>`--parsable` prints "JOBID" or "JOBID;CLUSTER".</summary>
    public string? ParseJobId(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = output.Trim().Split('\n')[^1].Split(';')[0].Trim();
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : null;
    }

    public CommandLine ListNodes() => CommandLine.Of("sinfo", "-h", "-N", "-o", "%N");

    public IReadOnlyList<string> ParseNodes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
    }

    public CommandLine States(IReadOnlyList<string> jobIds) => CommandLine.Of("squeue", "-h", "-a", "-t", "all", "-o", "%i %T");

    public IReadOnlyDictionary<string, JobPhase> ParseStates(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var states = new Dictionary<string, JobPhase>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                states[parts[0]] = parts[1] switch
                {
                    "PENDING" or "CONFIGURING" or "REQUEUED" or "REQUEUE_HOLD" or "REQUEUE_FED" or "RESV_DEL_HOLD" or "SUSPENDED" => JobPhase.Pending,
                    "RUNNING" or "COMPLETING" or "STAGE_OUT" or "SIGNALING" or "STOPPED" => JobPhase.Running,
                    _ => JobPhase.Ended,
                };
            }
        }

        return states;
    }
}
