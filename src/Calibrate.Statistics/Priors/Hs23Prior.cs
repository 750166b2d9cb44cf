namespace Calibrate.Statistics.Priors;

/// <summary>
/// What the public HS23 table says a node is worth before it is measured: HS23 per logical CPU and for the whole
/// node, each with its interval at <see cref="Level"/>, from the rows of the node's CPU model that
/// <see cref="LayoutMatcher"/> chose, with the relative SD leave-one-site-out measured for that rule (widened for a
/// virtual machine). The interval is centre x exp(±t_ν s), s on the log scale.
/// </summary>
public sealed record Hs23Prior
{
    /// <summary>The node's CPU model as matched (<see cref="CpuModelKey.Of"/>).</summary>
    public required string Model { get; init; }

    public required LayoutRule Rule { get; init; }

    /// <summary>The rows the prior stands on, in table order, as they stand for the node's SMT state.</summary>
    public required IReadOnlyList<LayoutCandidate> Rows { get; init; }

    /// <summary>How many sites the rows come from (each counts once).</summary>
    public required int Sites { get; init; }

    /// <summary>The SMT gain the rows were converted with, under <see cref="LayoutRule.OtherSmtState"/>.</summary>
    public SmtGain? Conversion { get; init; }

    /// <summary>The node's online logical CPUs: the whole-node figure is the per-CPU one times these.</summary>
    public required int LogicalCpus { get; init; }

    public required double Hs23PerLogicalCpu { get; init; }

    public required double Hs23PerLogicalCpuLow { get; init; }

    public required double Hs23PerLogicalCpuHigh { get; init; }

    public double Hs23WholeNode => Hs23PerLogicalCpu * LogicalCpus;

    public double Hs23WholeNodeLow => Hs23PerLogicalCpuLow * LogicalCpus;

    public double Hs23WholeNodeHigh => Hs23PerLogicalCpuHigh * LogicalCpus;

    public required double Level { get; init; }

    /// <summary>The relative SD the prior states (on the log scale), VM term included.</summary>
    public required double RelativeSd { get; init; }

    public required double DegreesOfFreedom { get; init; }

    /// <summary>The leave-one-site-out figures the table's part of the SD is (<see cref="LosoSummary.RelativeSd"/>).</summary>
    public required LosoSummary Uncertainty { get; init; }

    /// <summary>The rule class they were measured over, or null where its own df were too few and all predictions stand in.</summary>
    public RuleClass? UncertaintyClass { get; init; }

    /// <summary>The VM term added (<see cref="VirtualMachineWidening.RelativeSd"/>), or null on bare metal.</summary>
    public double? VirtualMachineRelativeSd { get; init; }

    /// <summary>The table, in words.</summary>
    public required string Source { get; init; }
}
