using System.Text.Json;
using System.Text.Json.Serialization;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Fleet;

namespace Calibrate.Statistics.Json;

/// <summary>
/// JSON of the statistics' outputs (calibration models, fits, comparisons, fleet reports), in the conventions of
/// Core's CalibrateJsonContext; NaN (an undefined statistic) is written as the string "NaN".
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(CalibrationModel))]
[JsonSerializable(typeof(CalibrationFit))]
[JsonSerializable(typeof(ComparisonReport))]
[JsonSerializable(typeof(FleetReport))]
[JsonSerializable(typeof(List<NodeEstimate>))]
public sealed partial class StatisticsJsonContext : JsonSerializerContext;
