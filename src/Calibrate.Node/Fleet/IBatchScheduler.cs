using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Fleet;

/// <summary>
/// The batch system a campaign goes through: how to submit one exclusive job to one node, read back its id, list
/// the nodes and ask for job states. Commands only, argument arrays, parsed by pure functions (tested on captures).
/// </summary>
public interface IBatchScheduler
{
    string Name { get; }

    /// <summary>Submits <paramref name="job"/> (the calibrate command line) to run alone on <paramref name="node"/>.</summary>
    CommandLine Submit(string node, string jobName, CommandLine job, string scriptPath, string outputPattern, string workingDirectory, IReadOnlyList<string> extra);

    /// <summary>The job id from the submit command's stdout; null when none is there.</summary>
    string? ParseJobId(string output);

    CommandLine ListNodes();

    IReadOnlyList<string> ParseNodes(string output);

    CommandLine States(IReadOnlyList<string> jobIds);

    /// <summary>Job id to phase, for the jobs the scheduler still knows.</summary>
    IReadOnlyDictionary<string, JobPhase> ParseStates(string output);
}
