using System.Text.Json.Serialization;
using Calibrate.Node.Calibration;
using Calibrate.Node.Priors;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Fleet;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// Source-generated JSON of the statistics commands' outputs, in the conventions of the statistics' own context
/// (camelCase, indented, enums as strings, an undefined statistic as the string "NaN").
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(FitReport))]
[JsonSerializable(typeof(FactorOutput))]
[JsonSerializable(typeof(ComparisonReport))]
[JsonSerializable(typeof(FleetReport))]
[JsonSerializable(typeof(PriorReport))]
public sealed partial class StatisticsOutputJsonContext : JsonSerializerContext;
