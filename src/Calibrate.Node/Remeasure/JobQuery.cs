using Calibrate.Platform.Processes;

namespace Calibrate.Node.Remeasure;

/// <summary>
/// How each batch system says which jobs run on one node, as argument arrays with a parser of their output (one job id
/// per line). The exit code matters: a daemon that does not answer means "unknown", and unknown is not idle.
/// </summary>
public static class JobQuery
{
    public static IReadOnlyList<string> Schedulers { get; } = ["slurm", "lsf", "htcondor", "gridengine", "pbs"];

    public static CommandLine For(string scheduler, string node) => scheduler switch
    {
        // squeue: the node's running and completing jobs, ids only (slurm.schedmd.com/squeue.html).
        "slurm" => CommandLine.Of("squeue", "-h", "-w", node, "-t", "running,completing", "-o", "%i"),
        // bjobs: every user's running jobs on the host; -o jobid prints the id column alone (LSF 10.1 bjobs -o).
        "lsf" => CommandLine.Of("bjobs", "-u", "all", "-r", "-m", node, "-noheader", "-o", "jobid"),
        // condor_status: the node's slots that are claimed, one Name per line.
        "htcondor" => CommandLine.Of("condor_status", "-constraint", $"Machine == \"{node}\" && State == \"Claimed\"", "-af", "Name"),
        // qstat: every user's running jobs on the host (SGE qstat -s r -l h=HOST); the id is the first column.
        "gridengine" => CommandLine.Of("qstat", "-u", "*", "-s", "r", "-l", $"h={node}"),
        // pbsnodes -a lists "jobs = ..." for a node; the parser keeps that line's entries.
        "pbs" => CommandLine.Of("pbsnodes", node),
        _ => throw new ArgumentException($"unknown scheduler '{scheduler}'", nameof(scheduler)),
    };

    /// <summary>The job ids in a query's output.</summary>
    public static IReadOnlyList<string> Parse(string scheduler, string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = Fleet.BatchOutput.Lines(output);
        return scheduler switch
        {
            "gridengine" => lines.Where(l => char.IsAsciiDigit(l[0])).Select(l => l.Split(' ', 2)[0]).ToArray(),
            "pbs" => lines.Where(l => l.StartsWith("jobs =", StringComparison.Ordinal))
                .SelectMany(l => l["jobs =".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToArray(),
            _ => lines,
        };
    }
}
