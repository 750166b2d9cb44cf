using System.Text.Json;
using Calibrate.Core.Results;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// A stored result as a HEP Benchmark Suite report (<see cref="SuiteDocument"/>), for the HEPiX report viewer and the
/// suite's OpenSearch pipeline. Pure: the result in, the document out; `calibrate results export --format
/// hep-benchmark-suite` writes one <see cref="Line"/> per result.
/// </summary>
/// <remarks>
/// In Calibrate.Reports, with the other renderings of results for people and tools, not in Calibrate.Store: the store
/// keeps and finds results, while this is a presentation in another tool's format that needs the statistics library
/// (the suite's percentiles, <see cref="SeriesStatistics"/>) and the charts' name of the score unit.
/// </remarks>
public static class HepSuiteReport
{
    /// <summary>The phase Calibrate's samples are under, named after its profile key as the suite names a phase after its benchmark.</summary>
    public const string Phase = SuiteProfiles.Key;

    public static SuiteDocument Of(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SuiteDocument
        {
            Host = SuiteHostMapping.Of(result),
            Suite = new SuiteInfo
            {
                Version = "calibrate " + result.Provenance.ToolVersion,
                Flags = new SuiteFlags { Ncores = result.Plan.Copies, Pinning = result.Plan.Pinning },
                BenchmarkVersion = new Dictionary<string, string> { [SuiteProfiles.Key] = result.Provenance.ToolVersion },
            },
            Id = result.Id.ToString("D"),
            Timestamp = SuiteTime.Seconds(result.StartedUtc),
            TimestampEnd = SuiteTime.Seconds(result.FinishedUtc),
            Plugins = new SuitePlugins { CommandExecutor = new Dictionary<string, SuitePhase> { [Phase] = SuitePhaseMapping.Of(result) } },
            Profiles = new SuiteProfiles { Calibrate = CalibrateProfileMapping.Of(result) },
        };
    }

    /// <summary>The document as one line of compact JSON, without the line break.</summary>
    public static string Line(RunResult result) => JsonSerializer.Serialize(Of(result), HepSuiteJsonContext.Default.SuiteDocument);
}
