using System.Text.Json.Serialization;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// One result as a HEP Benchmark Suite report of JSON version 3.x, the shape the HEPiX report viewer and the suite's
/// OpenSearch pipeline read: `host`, `suite`, `_id`, `_timestamp(_end)`, `json_version`, `plugins` and `profiles`.
/// Keys are spelled as the suite spells them (hepbenchmarksuite 3.1; the sample report in
/// tests/Calibrate.Reports.Tests/TestData/hepsuite). Calibrate's figures go under their own profile,
/// <see cref="SuiteProfiles.Calibrate"/>, never `hepscore`: they are an estimate, not a HEPscore23 run.
/// </summary>
public sealed record SuiteDocument
{
    /// <summary>The suite's report version this document follows.</summary>
    public const string ShapeVersion = "3.1";

    [JsonPropertyName("host")]
    public required SuiteHost Host { get; init; }

    [JsonPropertyName("suite")]
    public required SuiteInfo Suite { get; init; }

    /// <summary>The result id.</summary>
    [JsonPropertyName("_id")]
    public required string Id { get; init; }

    [JsonPropertyName("_timestamp")]
    public required string Timestamp { get; init; }

    [JsonPropertyName("json_version")]
    public string JsonVersion { get; init; } = ShapeVersion;

    [JsonPropertyName("_timestamp_end")]
    public required string TimestampEnd { get; init; }

    [JsonPropertyName("plugins")]
    public required SuitePlugins Plugins { get; init; }

    [JsonPropertyName("profiles")]
    public required SuiteProfiles Profiles { get; init; }
}

/// <summary>`suite`: who produced the report ("calibrate 0.1.0", not a suite version) and with how many copies.</summary>
public sealed record SuiteInfo
{
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("flags")]
    public required SuiteFlags Flags { get; init; }

    [JsonPropertyName("benchmark_version")]
    public required IReadOnlyDictionary<string, string> BenchmarkVersion { get; init; }
}

/// <summary>`suite.flags`: `ncores` is the number of copies run at once, as the suite's.</summary>
public sealed record SuiteFlags
{
    [JsonPropertyName("ncores")]
    public required int Ncores { get; init; }

    [JsonPropertyName("pinning")]
    public required string Pinning { get; init; }
}

/// <summary>`profiles`: Calibrate's own profile key only.</summary>
public sealed record SuiteProfiles
{
    public const string Key = "calibrate";

    [JsonPropertyName(Key)]
    public required CalibrateProfile Calibrate { get; init; }
}
