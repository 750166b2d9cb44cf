namespace Calibrate.Statistics.Calibration;

/// <summary>The form of a calibration model.</summary>
public enum ModelKind
{
    /// <summary>HS06 = k · score.</summary>
    ThroughOrigin,

    /// <summary>HS06 = a + b · score.</summary>
    Linear,
}
