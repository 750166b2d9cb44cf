using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Robust;

namespace Calibrate.Node.Calibration;

/// <summary>
/// The score of each reference node: the median node score over the given results of the hostname it names, or, when
/// no hostname matches, of the label it names (both case-insensitive, as refs.csv's duplicate check). The median keeps
/// one bad run from moving the calibration. References that match nothing are left out for the matcher to report.
/// </summary>
public static class ReferenceScores
{
    public const string ByHostname = "hostname";
    public const string ByLabel = "label";

    public static IReadOnlyDictionary<string, MatchedScore> Match(IReadOnlyList<ReferenceRow> references, IReadOnlyList<ResultSummary> results)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(results);
        var matched = new Dictionary<string, MatchedScore>(StringComparer.Ordinal);
        foreach (var (reference, runs, by) in Runs(references, results))
        {
            matched[reference.Node] = new MatchedScore(SampleMedian.Of(runs.Select(r => r.NodeScore).ToArray()), runs.Length, by);
        }

        return matched;
    }

    /// <summary>Each reference with the results it matches (hostname first, else label); references that match none are left out.</summary>
    public static IEnumerable<(ReferenceRow Reference, ResultSummary[] Runs, string MatchedBy)> Runs(IReadOnlyList<ReferenceRow> references, IReadOnlyList<ResultSummary> results)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(results);
        var byHost = results.ToLookup(r => r.Hostname, StringComparer.OrdinalIgnoreCase);
        var byLabel = results.Where(r => r.Label is not null).ToLookup(r => r.Label!, StringComparer.OrdinalIgnoreCase);
        foreach (var reference in references)
        {
            var (runs, by) = byHost.Contains(reference.Node)
                ? (byHost[reference.Node].ToArray(), ByHostname)
                : (byLabel[reference.Node].ToArray(), ByLabel);
            if (runs.Length > 0)
            {
                yield return (reference, runs, by);
            }
        }
    }
}
