using System.Text.Json.Serialization;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// Source-generated JSON for the suite's report shape: one compact document per line (the suite's OpenSearch bulk
/// loaders and `jq` read a document per line), key names from the records' attributes, absent values left out.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SuiteDocument))]
[JsonSerializable(typeof(SuiteRun))]
[JsonSerializable(typeof(string))]
internal sealed partial class HepSuiteJsonContext : JsonSerializerContext;
