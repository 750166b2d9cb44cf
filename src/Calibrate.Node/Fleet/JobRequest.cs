using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>
/// One node's benchmark job as every scheduler submits it: its name, the calibrate command it runs, the job script
/// that runs it, where its output goes ("%J" stands for the job id where the scheduler can expand it), its working
/// directory, the campaign it belongs to and the site's extra submit arguments.
/// </summary>
public sealed record JobRequest
{
    public required string Name { get; init; }

    public required string CampaignId { get; init; }

    public required CommandLine Command { get; init; }

    public required string ScriptPath { get; init; }

    public required string OutputPattern { get; init; }

    public required string WorkingDirectory { get; init; }

    public IReadOnlyList<string> Extra { get; init; } = [];
}
