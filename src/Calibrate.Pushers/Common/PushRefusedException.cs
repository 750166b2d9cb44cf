namespace Calibrate.Pushers.Common;

/// <summary>The result is not fit to publish (disturbed, no estimate, implausible); `--force` overrides.</summary>
public sealed class PushRefusedException : Exception
{
    public PushRefusedException()
    {
    }

    public PushRefusedException(string message)
        : base(message)
    {
    }

    public PushRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
