namespace Calibrate.Platform.Processes;

/// <summary>An external command failed or timed out after its retries; the message carries its stderr.</summary>
public sealed class CommandFailedException : Exception
{
    public CommandFailedException()
    {
    }

    public CommandFailedException(string message)
        : base(message)
    {
    }

    public CommandFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
