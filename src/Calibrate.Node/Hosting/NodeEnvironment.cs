namespace Calibrate.Node.Hosting;

/// <summary>
/// Everything the application takes from the process that hosts it: the working directory relative paths are
/// resolved against, the environment variables, and the clock. A CLI builds it from the process; a test hands in a
/// temp directory and a dictionary.
/// </summary>
public sealed record NodeEnvironment
{
    /// <summary>$CALIBRATE_RESULTS_DIR: where results/, the default store, the models and campaigns live.</summary>
    public const string ResultsVariable = "CALIBRATE_RESULTS_DIR";

    /// <summary>The directory relative paths and the default results/ folder are resolved against.</summary>
    public required string WorkingDirectory { get; init; }

    public required Func<string, string?> GetEnvironment { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>results/ under the working directory, or $CALIBRATE_RESULTS_DIR.</summary>
    public string ResultsDirectory => ResolvePath(Variable(ResultsVariable) ?? "results");

    public static NodeEnvironment ForProcess() => new()
    {
        WorkingDirectory = Environment.CurrentDirectory,
        GetEnvironment = Environment.GetEnvironmentVariable,
    };

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The variable's value, or null when it is unset or empty.</summary>
    public string? Variable(string name) => GetEnvironment(name) is { Length: > 0 } value ? value : null;
}
