namespace Calibrate.Core.Results;

/// <summary>Where a result came from: the tool, its build, the runtime and the knobs fixed in the child processes.</summary>
public sealed record Provenance
{
    public required string ToolVersion { get; init; }

    public string? Commit { get; init; }

    public required string RuntimeVersion { get; init; }

    public required string OsDescription { get; init; }

    /// <summary>The environment fixed in every child process (ISA and vector knobs, tiering, GC), as set.</summary>
    public required IReadOnlyDictionary<string, string> RuntimeKnobs { get; init; }
}
