namespace Calibrate.Agent.Running;

/// <summary>A run that cannot be planned as asked (bad CPU list, more copies than CPUs for thread pinning...).</summary>
public sealed class PlanException : Exception
{
    public PlanException()
    {
    }

    public PlanException(string message)
        : base(message)
    {
    }

    public PlanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
