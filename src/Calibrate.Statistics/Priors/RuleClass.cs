namespace Calibrate.Statistics.Priors;

/// <summary>The classes of layout rule whose errors leave-one-site-out measures apart: they differ (6% and 8% in the shipped table).</summary>
public enum RuleClass
{
    /// <summary><see cref="LayoutRule.Exact"/> and <see cref="LayoutRule.NearestLogicalCpus"/>: rows of the node's SMT state.</summary>
    SameSmtState,

    /// <summary><see cref="LayoutRule.OtherSmtState"/>: rows converted with the table's SMT gain.</summary>
    ConvertedSmtState,
}
