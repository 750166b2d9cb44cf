using System.Text.Json.Serialization;
using Calibrate.Node.Sweep;

namespace Calibrate.Cli.Commands.Sweep;

/// <summary>The --json form of `calibrate sweep`.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SweepReport))]
public sealed partial class SweepJsonContext : JsonSerializerContext;
