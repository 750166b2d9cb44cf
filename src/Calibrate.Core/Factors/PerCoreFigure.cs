using System.Globalization;
using Calibrate.Core.Text;

namespace Calibrate.Core.Factors;

/// <summary>
/// A cluster's figure per logical CPU for accounting (an ARC queue's benchmark, an APEL manual_spec): the nodes' whole-node
/// figures summed and divided by their logical CPUs summed (<see cref="CapacityWeightedMean"/>).
/// </summary>
public sealed record PerCoreFigure
{
    /// <summary>Decimals the figure is written with: per-core figures are of order 10, and 0.01 is finer than any estimate's interval.</summary>
    public const int Decimals = 2;

    /// <summary>The figure per logical CPU, in <see cref="Unit"/>.</summary>
    public required double Value { get; init; }

    public required AccountingUnit Unit { get; init; }

    /// <summary>Σ whole-node figure over the nodes, in <see cref="Unit"/>.</summary>
    public required double Total { get; init; }

    public required int LogicalCpus { get; init; }

    /// <summary>The hosts the figure is made of, in order.</summary>
    public required IReadOnlyList<string> Hosts { get; init; }

    /// <summary>The hosts whose estimate was in the other unit and was carried 1:1 (the WLCG accounting migration's rule).</summary>
    public IReadOnlyList<string> Carried { get; init; } = [];

    public int Nodes => Hosts.Count;

    /// <summary>"HS23 per logical CPU: 3 node(s), Σ 2436.1 over 192 logical CPUs".</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Unit} per logical CPU, capacity-weighted over {Nodes} node(s): {DecimalRounding.Text(Total, 1)} / {LogicalCpus} logical CPUs");

    /// <summary>The 1:1 carry-over said in words, or null when every estimate was in <see cref="Unit"/>.</summary>
    public string? CarriedNote() => Carried.Count == 0
        ? null
        : $"{Carried.Count} node(s) with an estimate in {Other(Unit)} carried 1:1 into {Unit}, as WLCG's accounting migration carries HS06 into HS23: {string.Join(", ", Carried)}";

    private static AccountingUnit Other(AccountingUnit unit) => unit == AccountingUnit.HS23 ? AccountingUnit.HS06 : AccountingUnit.HS23;
}
