namespace Calibrate.Agent.Running;

/// <summary>A kernel's output did not match its known checksum: the whole run is invalid, as SPEC rules.</summary>
public sealed class InvalidMeasurementException : Exception
{
    public InvalidMeasurementException()
    {
    }

    public InvalidMeasurementException(string message)
        : base(message)
    {
    }

    public InvalidMeasurementException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
