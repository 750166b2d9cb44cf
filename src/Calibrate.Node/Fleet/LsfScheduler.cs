using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Fleet;

/// <summary>
/// LSF: `bsub -x -m NODE` with the calibrate command itself as the job (no script file to share), `bjobs -a -w`
/// for states (PEND, RUN, DONE, EXIT, ...), `bhosts -w` for the node list.
/// </summary>
public sealed class LsfScheduler : IBatchScheduler
{
    public string Name => "lsf";

    public CommandLine Submit(string node, string jobName, CommandLine job, string scriptPath, string outputPattern, string workingDirectory, IReadOnlyList<string> extra)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(extra);
        return new CommandLine("bsub", [
            "-x", "-m", node, "-J", jobName, "-o", outputPattern, "-cwd", workingDirectory, .. extra, job.Program, .. job.Arguments,
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

    public CommandLine ListNodes() => CommandLine.Of("bhosts", "-w");

    public IReadOnlyList<string> ParseNodes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Where(h => h != "HOST_NAME")
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    public CommandLine States(IReadOnlyList<string> jobIds)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        return new CommandLine("bjobs", ["-a", "-w", .. jobIds]);
    }

    /// <summary>Lines "JOBID USER STAT QUEUE ..."; the header and "Job &lt;N&gt; is not found" (stderr) are skipped.</summary>
    public IReadOnlyDictionary<string, JobPhase> ParseStates(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var states = new Dictionary<string, JobPhase>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 3 && parts[0].All(char.IsAsciiDigit))
            {
                states[parts[0]] = parts[2] switch
                {
                    "PEND" or "PSUSP" or "WAIT" => JobPhase.Pending,
                    "RUN" or "USUSP" or "SSUSP" or "PROV" => JobPhase.Running,
                    _ => JobPhase.Ended,
                };
            }
        }

        return states;
    }
}
