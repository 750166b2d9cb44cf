namespace Calibrate.Node.Boot;

/// <summary>How a boot ended; the host maps each to its exit code.</summary>
public enum BootOutcome
{
    /// <summary>Measured, stored everywhere, published to every target.</summary>
    Published,

    /// <summary>Published, but a store failed: the result is queued in results/pending/.</summary>
    StoreFailed,

    /// <summary>A pusher failed (its files rolled back).</summary>
    PushFailed,

    /// <summary>Another calibrate held the node; nothing was measured or published.</summary>
    Busy,

    /// <summary>A kernel's output was wrong: the measurement is invalid.</summary>
    InvalidMeasurement,

    /// <summary>The measurement is disturbed: not published.</summary>
    Disturbed,

    /// <summary>The measurement failed or is not publishable.</summary>
    Failed,
}
