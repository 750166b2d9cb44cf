using System.Text.Json.Serialization;

namespace Calibrate.Store.Schema;

/// <summary>Source-generated JSON for the store's own columns (kernel scores).</summary>
[JsonSerializable(typeof(Dictionary<string, double>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
