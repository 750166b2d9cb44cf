using System.Globalization;

namespace Calibrate.Platform.Locking;

/// <summary>Another calibrate is measuring this node: the refusal names it, so the admin knows whom to wait for.</summary>
public sealed class NodeBusyException : Exception
{
    public NodeBusyException()
    {
    }

    public NodeBusyException(string message)
        : base(message)
    {
    }

    public NodeBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NodeBusyException(string lockPath, string? holder, TimeSpan waited)
        : base(Describe(lockPath, holder, waited))
    {
    }

    private static string Describe(string lockPath, string? holder, TimeSpan waited)
    {
        var who = holder is null ? "another calibrate" : $"another calibrate ({holder})";
        var after = waited > TimeSpan.Zero ? string.Create(CultureInfo.InvariantCulture, $" after waiting {waited.TotalSeconds:0} s") : "";
        return $"{who} is measuring this node (lock {lockPath}){after}; let it finish, or give --wait 5m to wait for it";
    }
}
