namespace Calibrate.Statistics.Priors;

/// <summary>Which rows of the node's CPU model a prior stands on, in the order they are tried.</summary>
public enum LayoutRule
{
    /// <summary>Rows with the node's SMT state and its number of logical CPUs.</summary>
    Exact,

    /// <summary>Rows with the node's SMT state and the number of logical CPUs nearest the node's (in ratio).</summary>
    NearestLogicalCpus,

    /// <summary>The table has the model only in the other SMT state: its rows converted with the table's SMT gain.</summary>
    OtherSmtState,
}
