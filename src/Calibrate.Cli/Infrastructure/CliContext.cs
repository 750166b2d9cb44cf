using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;

namespace Calibrate.Cli.Infrastructure;

/// <summary>
/// Everything a command touches outside itself: its writers, whether they are terminals, the working directory and
/// the environment. Tests hand in string writers and a temp directory and compare what comes out.
/// </summary>
public sealed record CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public bool OutIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    /// <summary>The directory relative paths and the default results/ folder are resolved against.</summary>
    public required string WorkingDirectory { get; init; }

    public required Func<string, string?> GetEnvironment { get; init; }

    /// <summary>Cancelled on Ctrl-C or SIGTERM.</summary>
    public CancellationToken Cancellation { get; init; }

    public static CliContext ForProcess(CancellationToken cancellation) => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        OutIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        WorkingDirectory = Environment.CurrentDirectory,
        GetEnvironment = Environment.GetEnvironmentVariable,
        Cancellation = cancellation,
    };

    /// <summary>The host as the application sees it: working directory, environment, clock.</summary>
    public NodeEnvironment Node => new() { WorkingDirectory = WorkingDirectory, GetEnvironment = GetEnvironment, Clock = Clock };

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>results/ under the working directory, or $CALIBRATE_RESULTS_DIR.</summary>
    public string ResultsDirectory => Node.ResultsDirectory;

    /// <summary>The site's settings (configuration file, store, models, factor settings), read when a command needs them.</summary>
    public Site Site(string? configOption = null) => Calibrate.Node.Configuration.Site.Load(Node, configOption);
}
