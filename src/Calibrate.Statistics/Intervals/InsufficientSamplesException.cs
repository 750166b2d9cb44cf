namespace Calibrate.Statistics.Intervals;

/// <summary>Thrown when a snapshot holds too few samples per kernel for the node score's interval.</summary>
public sealed class InsufficientSamplesException : InvalidOperationException
{
    public InsufficientSamplesException()
    {
    }

    public InsufficientSamplesException(string message)
        : base(message)
    {
    }

    public InsufficientSamplesException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
