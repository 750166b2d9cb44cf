using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests;

/// <summary>Runs calibrate in-process with string writers and a temporary working directory.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Directory.CreateDirectory(WorkingDirectory);
        // A node lock of its own: as root the default is /run/calibrate.lock, shared with every other test run on the machine.
        Environment["CALIBRATE_LOCK_FILE"] = Path.Combine(WorkingDirectory, ".calibrate.lock");
    }

    public string WorkingDirectory { get; } = Path.Combine(Path.GetTempPath(), "calibrate-cli-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string> Environment { get; } = new();

    /// <summary>Whether calibrate is told its stderr is a terminal (progress is drawn in place there).</summary>
    public bool ErrorIsTerminal { get; set; }

    public (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            ErrorIsTerminal = ErrorIsTerminal,
            WorkingDirectory = WorkingDirectory,
            GetEnvironment = name => Environment.TryGetValue(name, out var v) ? v : null,
        };
        var exit = CalibrateApp.RunAsync(args, context).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs calibrate once in a fresh working directory prepared by <paramref name="arrange"/>, checks that it
    /// succeeded, and returns its stdout: what a snapshot renders once per culture.
    /// </summary>
    public static string Output(Action<CliRunner> arrange, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(arrange);
        using var cli = new CliRunner();
        arrange(cli);
        var (exit, output, error) = cli.Run(args);
        Assert.That(exit, Is.Zero, $"calibrate {string.Join(' ', args)}: {error}");
        return output;
    }

    public IReadOnlyList<string> FilesWritten() =>
        Directory.EnumerateFiles(WorkingDirectory, "*", SearchOption.AllDirectories).ToArray();

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);
}
