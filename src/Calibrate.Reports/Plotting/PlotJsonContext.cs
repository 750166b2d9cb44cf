using System.Text.Json.Serialization;

namespace Calibrate.Reports.Plotting;

/// <summary>Source-generated JSON metadata for the plot model (no reflection; STYLE.md: no hand-built JSON).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(Figure))]
internal sealed partial class PlotJsonContext : JsonSerializerContext;
