namespace Calibrate.Statistics.Priors;

/// <summary>
/// A table row as the prior uses it, in the node's SMT state: its own logical CPUs and HS23 per logical CPU, or,
/// under <see cref="LayoutRule.OtherSmtState"/>, those it would have in the node's SMT state.
/// </summary>
public sealed record LayoutCandidate(Hs23TableRow Row, int LogicalCpusAsUsed, double Hs23PerLogicalCpuAsUsed)
{
    public static LayoutCandidate As(Hs23TableRow row) => new(row, row.LogicalCpus, row.Hs23PerLogicalCpu);
}
