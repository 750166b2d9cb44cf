using System.Globalization;
using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// PBS/Torque: `qsub -l nodes=NODE:ppn=N` with N the node's np from `pbsnodes -a`: the job holds every slot of the
/// node, so nothing else is scheduled there (Torque's node-exclusive `-n` exists only from 4.2; holding all np slots
/// has the same effect wherever np is the node's CPU count). The job name is cut to 15 characters and starts with a
/// letter (qsub(1B) -N). States from `qstat` (Torque's default format, completed jobs as C while keep_completed).
/// </summary>
public sealed class PbsScheduler : IBatchScheduler
{
    /// <summary>qsub(1B): "The name specified may be up to and including 15 characters in length."</summary>
    public const int MaxJobName = 15;

    public string Name => "pbs";

    public CommandLine ListNodes() => CommandLine.Of("pbsnodes", "-a");

    /// <summary>pbsnodes -a: the node name at the start of a line, then indented "key = value" lines (np among them).</summary>
    public IReadOnlyList<BatchNode> ParseNodes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var nodes = new List<BatchNode>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                nodes.Add(new BatchNode(line.Trim()));
            }
            else if (nodes.Count > 0 && line.Trim().Split('=', 2) is [var key, var value] && key.Trim() == "np"
                && int.TryParse(value.Trim(), CultureInfo.InvariantCulture, out var np))
            {
                nodes[^1] = nodes[^1] with { Cpus = np };
            }
        }

        return nodes;
    }

    public CommandLine Submit(BatchNode node, JobRequest job)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(job);
        if (node.Cpus is not { } np)
        {
            throw new ArgumentException($"pbsnodes gave no np for {node.Name}", nameof(node));
        }

        // Torque does not expand the job id in -o: one output file per node and campaign.
        var output = job.OutputPattern.Replace("-%J", string.Empty, StringComparison.Ordinal).Replace("%J", string.Empty, StringComparison.Ordinal);
        return new CommandLine("qsub", [
            "-N", job.Name.Length > MaxJobName ? job.Name[..MaxJobName] : job.Name, "-S", "/bin/sh",
            "-l", string.Create(CultureInfo.InvariantCulture, $"nodes={node.Name}:ppn={np}"), "-j", "oe", "-o", output, "-d", job.WorkingDirectory, .. job.Extra, job.ScriptPath,
        ]);
    }

    /// <summary>qsub writes the job identifier, "sequence_number.server_name".</summary>
    public string? ParseJobId(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = BatchOutput.Lines(output).LastOrDefault() ?? "";
        return id.Length > 0 && char.IsAsciiDigit(id[0]) && !id.Contains(' ', StringComparison.Ordinal) ? id : null;
    }

    public IReadOnlyList<StateQuery> StateQueries(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var ids = campaign.Jobs.Select(j => j.JobId).ToArray();
        return [new(CommandLine.Of("qstat"), output => ParseStates(output, ids))];
    }

    /// <summary>
    /// qstat's default format: "Job ID Name User Time-Use S Queue" after a header and a rule. The id column is cut to
    /// its width, so jobs are matched by sequence number. S: Q queued, H held, W waiting, T moving, R running,
    /// E exiting, C completed (qstat(1B)).
    /// </summary>
    public static IReadOnlyDictionary<string, JobPhase> ParseStates(string output, IReadOnlyList<string> jobIds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(jobIds);
        var bySequence = jobIds.GroupBy(Sequence).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return BatchOutput.Phases(BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 6 && char.IsAsciiDigit(p[0][0]) && bySequence.ContainsKey(Sequence(p[0])))
            .Select(p => (bySequence[Sequence(p[0])], p[^2] switch
            {
                "Q" or "H" or "W" or "T" => JobPhase.Pending,
                "R" or "E" or "S" => JobPhase.Running,
                _ => JobPhase.Ended,
            })));
    }

    private static string Sequence(string id) => id.Split('.')[0];
}
