using System.Globalization;
using System.Text;
using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// HTCondor: one job per machine through its partitionable slot. The job asks for the slot's every CPU and all its
/// memory (TotalSlotCpus, TotalSlotMemory from condor_status) with `requirements = (Machine == "NODE")`: it can only
/// match while the slot is whole, so it holds the whole machine, and it runs nowhere else. A pool of static slots
/// (one per core) has no slot that large; such machines are not listed and are refused by name. The submit
/// description goes into a file beside the job script (condor_submit(1): "submit description file"); the script is
/// transferred as the executable and the output comes back to the submit side. The jobs carry +CalibrateCampaign, by
/// which condor_q (queued and running) and condor_history (ended) find them.
/// </summary>
public sealed class HtCondorScheduler : IBatchScheduler
{
    /// <summary>The job ClassAd attribute every campaign job carries: its campaign id.</summary>
    public const string CampaignAttribute = "CalibrateCampaign";

    public string Name => "htcondor";

    public CommandLine ListNodes() =>
        CommandLine.Of("condor_status", "-constraint", "PartitionableSlot =?= True", "-af", "Machine", "TotalSlotCpus", "TotalSlotMemory");

    /// <summary>"MACHINE CPUS MEMORY_MB" per partitionable slot (-af prints the attributes space-separated).</summary>
    public IReadOnlyList<BatchNode> ParseNodes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 3 && int.TryParse(p[1], CultureInfo.InvariantCulture, out _) && long.TryParse(p[2], CultureInfo.InvariantCulture, out _))
            .Select(p => new BatchNode(p[0], int.Parse(p[1], CultureInfo.InvariantCulture), long.Parse(p[2], CultureInfo.InvariantCulture)))
            .DistinctBy(n => n.Name, StringComparer.Ordinal)
            .ToArray();
    }

    public CommandLine Submit(BatchNode node, JobRequest job)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(job);
        return new CommandLine("condor_submit", [.. job.Extra, SubmitFile(job)]);
    }

    public IReadOnlyList<JobFile> SubmitFiles(BatchNode node, JobRequest job)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(job);
        if (node.Cpus is not { } cpus || node.MemoryMb is not { } memory)
        {
            throw new ArgumentException($"HTCondor needs the CPUs and memory of {node.Name}'s partitionable slot", nameof(node));
        }

        var output = job.OutputPattern.Replace("%J", "$(ClusterId)", StringComparison.Ordinal);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# calibrate fleet campaign {job.CampaignId}: benchmark {node.Name} alone (its partitionable slot, whole).\n")
            .Append("universe = vanilla\n")
            .Append(CultureInfo.InvariantCulture, $"executable = {job.ScriptPath}\n")
            .Append(CultureInfo.InvariantCulture, $"initialdir = {job.WorkingDirectory}\n")
            .Append(CultureInfo.InvariantCulture, $"output = {output}\n")
            .Append(CultureInfo.InvariantCulture, $"error = {output}\n")
            .Append(CultureInfo.InvariantCulture, $"log = {Path.ChangeExtension(job.ScriptPath, ".log")}\n")
            .Append(CultureInfo.InvariantCulture, $"requirements = (Machine == \"{node.Name}\")\n")
            .Append(CultureInfo.InvariantCulture, $"request_cpus = {cpus}\n")
            .Append(CultureInfo.InvariantCulture, $"request_memory = {memory}\n")
            .Append("should_transfer_files = YES\n")
            .Append("when_to_transfer_output = ON_EXIT\n")
            .Append(CultureInfo.InvariantCulture, $"batch_name = {job.Name}\n")
            .Append(CultureInfo.InvariantCulture, $"+{CampaignAttribute} = \"{job.CampaignId}\"\n")
            .Append("queue\n");
        return [new JobFile(SubmitFile(job), text.ToString())];
    }

    /// <summary>"Submitting job(s).\n1 job(s) submitted to cluster 1234." (condor_submit(1)); the id is the cluster.</summary>
    public string? ParseJobId(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        const string marker = "submitted to cluster ";
        var at = output.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var id = new string(output[(at + marker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return id.Length > 0 ? id : null;
    }

    public IReadOnlyList<StateQuery> StateQueries(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var constraint = $"{CampaignAttribute} == \"{campaign.Id}\"";
        return
        [
            new(CommandLine.Of("condor_q", "-allusers", "-constraint", constraint, "-af", "ClusterId", "JobStatus"), ParseStates),
            new(CommandLine.Of("condor_history", "-constraint", constraint, "-af", "ClusterId", "JobStatus"), ParseStates) { OnFailure = QueryFailure.Skip },
        ];
    }

    /// <summary>
    /// "CLUSTER JOBSTATUS" lines; JobStatus (job ClassAd attributes): 1 Idle, 2 Running, 3 Removed, 4 Completed,
    /// 5 Held, 6 Transferring Output, 7 Suspended.
    /// </summary>
    public static IReadOnlyDictionary<string, JobPhase> ParseStates(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Phases(BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2 && p[0].All(char.IsAsciiDigit))
            .Select(p => (p[0], p[1] switch
            {
                "1" or "5" => JobPhase.Pending,
                "2" or "6" or "7" => JobPhase.Running,
                _ => JobPhase.Ended,
            })));
    }

    private static string SubmitFile(JobRequest job) => Path.ChangeExtension(job.ScriptPath, ".sub");
}
