using System.Text.Json.Serialization;
using Calibrate.Node.Priors;

namespace Calibrate.Cli.Commands.Prior;

/// <summary>Source-generated JSON of `calibrate prior`, in the conventions of the statistics commands (camelCase, indented, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(PriorReport))]
public sealed partial class PriorJsonContext : JsonSerializerContext;
