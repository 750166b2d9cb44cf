namespace Calibrate.Core.Running;

/// <summary>Why a stopping rule said what it said.</summary>
public enum StopReason
{
    /// <summary>Go on: too few samples yet, or the interval is still wider than the target.</summary>
    Continue,

    /// <summary>Stop: the relative half-width is at most the target.</summary>
    TargetMet,

    /// <summary>Stop: the wall-time budget is spent.</summary>
    BudgetExhausted,
}
