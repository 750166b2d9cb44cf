using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// LSF: `bsub -x -m NODE` with the calibrate command itself as the job (no script file to share), `bjobs -a -w`
/// for states (PEND, RUN, DONE, EXIT, ...), `bhosts -w` for the node list.
/// </summary>
public sealed class LsfScheduler : IBatchScheduler
{
    public string Name => "lsf";

    public CommandLine ListNodes() => CommandLine.Of("bhosts", "-w");

    /// <summary>"HOST_NAME STATUS JL/U MAX NJOBS ..." with a header line.</summary>
    public IReadOnlyList<BatchNode> ParseNodes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Where(h => h != "HOST_NAME")
            .Distinct(StringComparer.Ordinal)
            .Select(h => new BatchNode(h))
            .ToArray();
    }

    public CommandLine Submit(BatchNode node, JobRequest job)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(job);
        return new CommandLine("bsub", [
            "-x", "-m", node.Name, "-J", job.Name, "-o", job.OutputPattern, "-cwd", job.WorkingDirectory, .. job.Extra, job.Command.Program, .. job.Command.Arguments,
        ]);
    }

    /// <summary>"Job &lt;1234&gt; is submitted to default queue &lt;normal&gt;."</summary>
    public string? ParseJobId(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        const string marker = "Job <";
        var at = output.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var end = output.IndexOf('>', at);
        var id = end > at ? output[(at + marker.Length)..end] : "";
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : null;
    }

    /// <summary>bjobs exits non-zero when some ids are forgotten ("Job &lt;N&gt; is not found" on stderr); the others still count.</summary>
    public IReadOnlyList<StateQuery> StateQueries(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return [new(new CommandLine("bjobs", ["-a", "-w", .. campaign.Jobs.Select(j => j.JobId)]), ParseStates) { OnFailure = QueryFailure.ParseOutput }];
    }

    /// <summary>Lines "JOBID USER STAT QUEUE ..."; the header is skipped.</summary>
    public static IReadOnlyDictionary<string, JobPhase> ParseStates(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Phases(BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 3 && p[0].All(char.IsAsciiDigit))
            .Select(p => (p[0], p[2] switch
            {
                "PEND" or "PSUSP" or "WAIT" => JobPhase.Pending,
                "RUN" or "USUSP" or "SSUSP" or "PROV" => JobPhase.Running,
                _ => JobPhase.Ended,
            })));
    }
}
