using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// Grid Engine (Son of Grid Engine 8.1.9, tested on the cell of .ci/start-gridengine.sh): `qsub -l exclusive=true -l
/// h=NODE`. The whole host is held by the `exclusive` complex (a BOOL with relop EXCL, offered by the host as
/// `complex_values exclusive=true`), not by a parallel environment: EXCL keeps every other job off the host in every
/// queue, while a PE with $pe_slots holds only the slots of one queue instance and other queues on the host still run
/// jobs. States come from `qstat -u *` (waiting and running jobs) and `qacct -j NAME` (the campaign's ended jobs, by
/// its job name, once the accounting file has them).
/// </summary>
public sealed class GridEngineScheduler : IBatchScheduler
{
    /// <summary>The complex a site defines for whole-host jobs (qconf -mc: `exclusive excl BOOL EXCL YES YES 0 1000`).</summary>
    public const string ExclusiveComplex = "exclusive";

    public string Name => "gridengine";

    /// <summary>qconf -sel: the execution hosts, one per line.</summary>
    public CommandLine ListNodes() => CommandLine.Of("qconf", "-sel");

    public IReadOnlyList<BatchNode> ParseNodes(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Lines(output).Distinct(StringComparer.Ordinal).Select(h => new BatchNode(h)).ToArray();
    }

    /// <summary>-terse prints the job id alone; -o expands $JOB_ID itself; -S: the script is sh whatever the queue's shell.</summary>
    public CommandLine Submit(BatchNode node, JobRequest job)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(job);
        return new CommandLine("qsub", [
            "-terse", "-N", job.Name, "-S", "/bin/sh", "-l", ExclusiveComplex + "=true", "-l", "h=" + node.Name,
            "-o", job.OutputPattern.Replace("%J", "$JOB_ID", StringComparison.Ordinal), "-j", "y", "-wd", job.WorkingDirectory, .. job.Extra, job.ScriptPath,
        ]);
    }

    public string? ParseJobId(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = BatchOutput.Lines(output).FirstOrDefault() ?? "";
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : null;
    }

    public IReadOnlyList<StateQuery> StateQueries(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return
        [
            new(CommandLine.Of("qstat", "-u", "*"), ParseStates),

            // "error: job name calibrate-ID not found" (exit 1) until the first job has ended.
            new(CommandLine.Of("qacct", "-j", JobName(campaign)), ParseAccounting) { OnFailure = QueryFailure.Skip },
        ];
    }

    public static string JobName(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return "calibrate-" + campaign.Id;
    }

    /// <summary>
    /// qstat's table: "job-ID prior name user state submit/start-at queue slots ja-task-ID" after a header and a rule;
    /// the state is letters (qw waiting, hqw held, Eqw error, r running, t transferring, R restarted, s/S/T suspended,
    /// d being deleted).
    /// </summary>
    public static IReadOnlyDictionary<string, JobPhase> ParseStates(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Phases(BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 5 && p[0].All(char.IsAsciiDigit))
            .Select(p => (p[0], Phase(p[4]))));
    }

    /// <summary>qacct -j: one record per ended job, each with a "jobnumber N" line.</summary>
    public static IReadOnlyDictionary<string, JobPhase> ParseAccounting(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BatchOutput.Phases(BatchOutput.Lines(output)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2 && p[0] == "jobnumber")
            .Select(p => (p[1], JobPhase.Ended)));
    }

    private static JobPhase Phase(string state) =>
        state.Contains('d', StringComparison.Ordinal) ? JobPhase.Ended
        : state.Contains('q', StringComparison.Ordinal) ? JobPhase.Pending
        : JobPhase.Running;
}
