using System.Text.Json.Serialization;
using Calibrate.Core.Results;

namespace Calibrate.Cli.Commands.Results;

/// <summary>The --json output of the results commands, in the one contract's style (camelCase, source-generated).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<ResultSummary>))]
[JsonSerializable(typeof(ImportReport))]
[JsonSerializable(typeof(MigrationReport))]
public sealed partial class ResultsJsonContext : JsonSerializerContext;
