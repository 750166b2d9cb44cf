namespace Calibrate.Pushers.Common;

/// <summary>
/// Everything one push would change, computed without changing anything: the files with their old and new content,
/// the commands in order, and notes for the operator. `--dry-run` prints it; the apply step only carries it out.
/// </summary>
public sealed record PushPlan
{
    public required string Target { get; init; }

    /// <summary>What is published, in one line, e.g. "hs06 812.35, total_cpu 64 from result 1b2c... (node wn042)".</summary>
    public required string Subject { get; init; }

    public IReadOnlyList<FileChange> Files { get; init; } = [];

    public IReadOnlyList<PlannedCommand> Commands { get; init; } = [];

    /// <summary>Information that is not a change: a slurm.conf fragment to persist, a skipped node, an override.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<FileChange> ChangedFiles => Files.Where(f => f.IsChange).ToList();

    /// <summary>False when the target already holds these values: a second push of the same result changes nothing.</summary>
    public bool HasChanges => Files.Any(f => f.IsChange) || Commands.Count > 0;
}
