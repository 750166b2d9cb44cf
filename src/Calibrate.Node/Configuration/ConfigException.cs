namespace Calibrate.Node.Configuration;

/// <summary>A configuration file that cannot be used: every problem found, each as "calibrate.yaml line 7: ...".</summary>
public sealed class ConfigException : Exception
{
    public ConfigException()
    {
    }

    public ConfigException(string message)
        : base(message) => Errors = [message];

    public ConfigException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public ConfigException(IReadOnlyList<string> errors)
        : base(string.Join("; ", errors)) => Errors = errors;

    public IReadOnlyList<string> Errors { get; } = [];
}
