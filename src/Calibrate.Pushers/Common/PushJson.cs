using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calibrate.Pushers.Common;

/// <summary>Source-generated JSON for <see cref="PushReport"/>, in the project's camelCase contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PushReport))]
[JsonSerializable(typeof(List<PushReport>))]
public sealed partial class PushJsonContext : JsonSerializerContext
{
    public static string Serialize(PushReport report) => JsonSerializer.Serialize(report, Default.PushReport);
}
