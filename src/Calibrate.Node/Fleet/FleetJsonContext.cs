using System.Text.Json.Serialization;

namespace Calibrate.Node.Fleet;

/// <summary>The campaign file and the fleet commands' --json, camelCase and source-generated like every calibrate JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(CampaignReport))]
public sealed partial class FleetJsonContext : JsonSerializerContext;
