namespace Calibrate.Agent.Running;

/// <summary>A budget too short to measure anything, refused before any copy starts; the message names the least that can work.</summary>
public sealed class BudgetTooShortException : Exception
{
    public BudgetTooShortException()
    {
    }

    public BudgetTooShortException(string message)
        : base(message)
    {
    }

    public BudgetTooShortException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
