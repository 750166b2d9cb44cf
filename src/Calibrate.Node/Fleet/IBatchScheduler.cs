using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// The batch system a campaign goes through: how it lists its nodes, how one job is submitted to hold one whole node
/// and its id read back, and how job states are asked for. Commands only, argument arrays, parsed by pure functions
/// (tested on captures of the real output).
/// </summary>
public interface IBatchScheduler
{
    string Name { get; }

    /// <summary>The nodes the scheduler knows (and their CPUs where a whole-node request needs them).</summary>
    CommandLine ListNodes();

    IReadOnlyList<BatchNode> ParseNodes(string output);

    /// <summary>The command that expands a hostlist expression such as wn[01-10,15]; null where the scheduler has none.</summary>
    CommandLine? ExpandHostlist(string expression) => null;

    /// <summary>The command that submits <paramref name="job"/> to run alone on <paramref name="node"/>.</summary>
    CommandLine Submit(BatchNode node, JobRequest job);

    /// <summary>Files the submit command reads besides the job script (HTCondor's submit description).</summary>
    IReadOnlyList<JobFile> SubmitFiles(BatchNode node, JobRequest job) => [];

    /// <summary>The job id from what the submit command printed; null when none is there.</summary>
    string? ParseJobId(string output);

    /// <summary>The commands that say where the campaign's jobs are, in the order they are asked.</summary>
    IReadOnlyList<StateQuery> StateQueries(Campaign campaign);
}
