using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Fleet;

/// <summary>
/// Per node (hostname, ordinal): the median node score over its undisturbed runs (robust to one bad run) and its latest
/// run; CPU model and copies are the latest run's. Nodes whose runs are all disturbed are left out.
/// </summary>
public static class NodeEstimates
{
    public static IReadOnlyList<NodeEstimate> Compute(IReadOnlyList<ResultSummary> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var byNode = new Dictionary<string, List<ResultSummary>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Disturbed)
            {
                continue;
            }

            if (!byNode.TryGetValue(result.Hostname, out var list))
            {
                list = new List<ResultSummary>(4);
                byNode.Add(result.Hostname, list);
            }

            list.Add(result);
        }

        var estimates = new NodeEstimate[byNode.Count];
        var i = 0;
        Span<double> scratch = stackalloc double[64];
        foreach (var (host, runs) in byNode)
        {
            var latest = runs[0];
            var scores = runs.Count <= scratch.Length ? scratch[..runs.Count] : new double[runs.Count];
            for (var r = 0; r < runs.Count; r++)
            {
                scores[r] = runs[r].NodeScore;
                if (runs[r].StartedUtc > latest.StartedUtc)
                {
                    latest = runs[r];
                }
            }

            estimates[i++] = new NodeEstimate(
                host,
                latest.CpuModel,
                latest.Copies,
                runs.Count,
                SampleMedian.OfInPlace(scores),
                latest.NodeScore,
                latest.StartedUtc,
                latest.Id);
        }

        return estimates;
    }
}
