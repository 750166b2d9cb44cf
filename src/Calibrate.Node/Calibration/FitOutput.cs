using Calibrate.Core.Factors;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Node.Calibration;

/// <summary>What `calibrate fit` did: the references, both fits, the model chosen, and where it was stored (null on --dry-run).</summary>
public sealed record FitOutput
{
    public required string ReferenceFile { get; init; }

    /// <summary>The unit of the references and of the model.</summary>
    public required AccountingUnit Unit { get; init; }

    public required bool IncludedDisturbed { get; init; }

    public required int ExcludedDisturbed { get; init; }

    public required IReadOnlyList<ReferencePoint> Points { get; init; }

    public required CalibrationFit Fit { get; init; }

    public required CalibrationModel Model { get; init; }

    public string? ModelPath { get; init; }

    /// <summary>The model in use before this fit, "id@version".</summary>
    public required string PreviousModel { get; init; }
}
