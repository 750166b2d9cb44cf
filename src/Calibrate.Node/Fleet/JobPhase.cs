namespace Calibrate.Node.Fleet;

/// <summary>A job as the scheduler sees it; Ended covers done, failed, cancelled and forgotten alike (the store says which).</summary>
public enum JobPhase
{
    Pending,
    Running,
    Ended,
}
