namespace Calibrate.Statistics.Calibration;

/// <summary>
/// Pairs each reference with the node's Calibrate score (the caller chooses which: e.g. the median of the node's
/// undisturbed results, <see cref="Fleet.NodeEstimates"/>); a reference without a score fails naming its line.
/// </summary>
public static class ReferenceMatcher
{
    public static IReadOnlyList<(string Node, double Score, double Value)> Match(
        IReadOnlyList<ReferenceRow> references,
        IReadOnlyDictionary<string, double> scoresByNode)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(scoresByNode);
        var points = new List<(string Node, double Score, double Value)>(references.Count);
        foreach (var reference in references)
        {
            if (!scoresByNode.TryGetValue(reference.Node, out var score))
            {
                throw new ReferenceCsvException(reference.Line, $"node '{reference.Node}' has no stored undisturbed result");
            }

            points.Add((reference.Node, score, reference.Value));
        }

        return points;
    }
}
