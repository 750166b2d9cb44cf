using Calibrate.Core.Probing;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// The prior of a node from the public HEPiX HS23 table: the table, its leave-one-site-out error and its SMT gain,
/// computed once; <see cref="For(NodeProbe, Hs23Table?)"/> is the one call the rest of calibrate needs.
/// </summary>
public sealed class PublicTablePrior
{
    /// <summary>
    /// Below this many degrees of freedom a rule class's own SD is itself uncertain by more than 1/√(2·10) = 22%, and
    /// the SD of all predictions stands in for it.
    /// </summary>
    public const int MinimumClassDegreesOfFreedom = 10;

    private static readonly Lazy<PublicTablePrior> ShippedPrior = new(() => From(ShippedHs23Table.Table));

    private PublicTablePrior(Hs23Table table, LosoReport loso, SmtGain? gain)
    {
        Table = table;
        Loso = loso;
        Gain = gain;
    }

    /// <summary>The prior from the table built into calibrate.</summary>
    public static PublicTablePrior Shipped => ShippedPrior.Value;

    public Hs23Table Table { get; }

    public LosoReport Loso { get; }

    public SmtGain? Gain { get; }

    public static PublicTablePrior From(Hs23Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new PublicTablePrior(table, LeaveOneSiteOut.Run(table), SmtGain.Of(table.Rows));
    }

    /// <summary>The node's prior from <paramref name="table"/> (default: the shipped one), or the reason there is none.</summary>
    public static PriorOutcome For(NodeProbe probe, Hs23Table? table = null) =>
        (table is null ? Shipped : From(table)).PriorFor(NodeLayout.Of(probe));

    public PriorOutcome PriorFor(NodeLayout node, double level = Confidence.Level)
    {
        ArgumentNullException.ThrowIfNull(node);
        var model = CpuModelKey.Of(node.CpuModelName);
        var outcome = new PriorOutcome { Node = node, Model = model, Source = Table.Source, TableError = Loso.Pooled };
        if (model.Length == 0)
        {
            return outcome with { Reason = "the node's CPU model name is empty" };
        }

        var rows = Table.Rows.Where(r => r.Model == model).ToArray();
        if (rows.Length == 0)
        {
            var generic = node.Hypervisor is null ? "" : "; a hypervisor may show a generic CPU model instead of its host's";
            return outcome with { Reason = $"the table has no row of the CPU model \"{model}\" (the node's \"{node.CpuModelName}\"){generic}" };
        }

        if (LayoutMatcher.Match(rows, node.SmtActive, node.LogicalCpus, Gain) is not { } match)
        {
            return outcome with { Reason = $"the table has \"{model}\" only with SMT {(node.SmtActive ? "off" : "on")} and no pairs of SMT-on and SMT-off rows to convert it with" };
        }

        var ruleClass = match.Rule == LayoutRule.OtherSmtState ? RuleClass.ConvertedSmtState : RuleClass.SameSmtState;
        var own = Loso.Of(ruleClass);
        var uncertainty = own is { DegreesOfFreedom: >= MinimumClassDegreesOfFreedom } ? own : Loso.Pooled;
        if (uncertainty is null)
        {
            return outcome with { Reason = "no model of the table was measured at two or more sites, so the prior's error cannot be measured" };
        }

        var (sd, df) = node.Hypervisor is null
            ? (uncertainty.RelativeSd, uncertainty.DegreesOfFreedom)
            : VirtualMachineWidening.Widen(uncertainty.RelativeSd, uncertainty.DegreesOfFreedom);
        var spread = Math.Exp(StudentTQuantile.TwoSided(level, df) * sd);
        var value = match.Hs23PerLogicalCpu;
        return outcome with
        {
            Prior = new Hs23Prior
            {
                Model = model,
                Rule = match.Rule,
                Rows = match.Rows,
                Sites = match.SiteValues.Count,
                Conversion = match.Conversion,
                LogicalCpus = node.LogicalCpus,
                Hs23PerLogicalCpu = value,
                Hs23PerLogicalCpuLow = value / spread,
                Hs23PerLogicalCpuHigh = value * spread,
                Level = level,
                RelativeSd = sd,
                DegreesOfFreedom = df,
                Uncertainty = uncertainty,
                UncertaintyClass = ReferenceEquals(uncertainty, own) ? ruleClass : null,
                VirtualMachineRelativeSd = node.Hypervisor is null ? null : VirtualMachineWidening.RelativeSd,
                Source = Table.Source,
            },
        };
    }
}
