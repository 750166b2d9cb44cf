namespace Calibrate.Cli.Infrastructure;

/// <summary>An error the user can act on: printed as one line on stderr with its exit code, never a stack trace.</summary>
public sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public CliException()
    {
    }

    public CliException(string message)
        : base(message) => ExitCode = ExitCodes.Usage;

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.Failed;

    public int ExitCode { get; } = ExitCodes.Failed;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);
}
