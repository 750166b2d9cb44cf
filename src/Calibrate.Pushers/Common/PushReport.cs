namespace Calibrate.Pushers.Common;

/// <summary>The --json form of a push: what was (or would be) changed, for scripts and the fleet tooling.</summary>
public sealed record PushReport
{
    public required string Target { get; init; }

    public required string Subject { get; init; }

    public required bool DryRun { get; init; }

    /// <summary>True when the target changed (or, in a dry run, would change).</summary>
    public required bool Changed { get; init; }

    public required IReadOnlyList<string> ChangedFiles { get; init; }

    /// <summary>Each command as its argument vector, program first.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Commands { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public static PushReport From(PushPlan plan, bool dryRun, bool changed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PushReport
        {
            Target = plan.Target,
            Subject = plan.Subject,
            DryRun = dryRun,
            Changed = changed,
            ChangedFiles = plan.ChangedFiles.Select(f => f.Path).ToList(),
            Commands = plan.Commands.Select(c => (IReadOnlyList<string>)[c.Command.Program, .. c.Command.Arguments]).ToList(),
            Notes = plan.Notes,
        };
    }
}
