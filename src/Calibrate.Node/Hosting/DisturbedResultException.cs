namespace Calibrate.Node.Hosting;

/// <summary>The result asked for is flagged disturbed: its figures are not fit to publish without --force.</summary>
public sealed class DisturbedResultException : Exception
{
    public DisturbedResultException()
    {
    }

    public DisturbedResultException(string message)
        : base(message)
    {
    }

    public DisturbedResultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
