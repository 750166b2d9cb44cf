namespace Calibrate.Node.Hosting;

/// <summary>What the user gave is wrong (an option, a file, an id): the host says so in one line and exits "usage".</summary>
public sealed class InputException : Exception
{
    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
