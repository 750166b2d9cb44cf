namespace Calibrate.Pushers.Common;

/// <summary>
/// A target's configuration cannot be used as it is: a missing or malformed file, a name the target would reject, a
/// directory that cannot be written. Nothing has been changed when it is thrown.
/// </summary>
public sealed class PushConfigException : Exception
{
    public PushConfigException()
    {
    }

    public PushConfigException(string message)
        : base(message)
    {
    }

    public PushConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
