namespace Calibrate.Agent.Probing;

/// <summary>
/// The probe could not describe the node: a sysroot that is missing or not a captured system tree, or a kernel file
/// whose text is malformed. The message is one sentence naming the root and the file, fit to show to an admin as is.
/// </summary>
public sealed class ProbeException : Exception
{
    public ProbeException()
    {
    }

    public ProbeException(string message)
        : base(message)
    {
    }

    public ProbeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
