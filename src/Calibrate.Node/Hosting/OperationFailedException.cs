namespace Calibrate.Node.Hosting;

/// <summary>The input was fine but the operation's outcome is a failure (nothing to compare, nothing measured).</summary>
public sealed class OperationFailedException : Exception
{
    public OperationFailedException()
    {
    }

    public OperationFailedException(string message)
        : base(message)
    {
    }

    public OperationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
