namespace Calibrate.Platform.Processes;

/// <summary>
/// How long one command may run and how often a failing one is tried again: batch-system daemons are briefly
/// unreachable while they restart (slurmctld, mbatchd after `badmin mbdrestart`), so a transient failure is retried
/// with exponential backoff (InitialDelay, ×2 each time) before it is reported.
/// </summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Default { get; } = new();

    /// <summary>One try, for checks whose failure is a verdict (e.g. `lsadmin ckconfig`), not a hiccup.</summary>
    public static RetryPolicy Once { get; } = new() { Attempts = 1 };

    public int Attempts { get; init; } = 3;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan DelayBefore(int attempt) => InitialDelay * Math.Pow(2, attempt - 2);
}
