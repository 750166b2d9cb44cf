namespace Calibrate.Statistics.Priors;

/// <summary>Leave-one-site-out over a table: every prediction, and their error pooled and per rule class.</summary>
public sealed record LosoReport
{
    public required IReadOnlyList<LosoPrediction> Predictions { get; init; }

    /// <summary>All predictions; null where no model was measured at two sites.</summary>
    public LosoSummary? Pooled { get; init; }

    public LosoSummary? SameSmtState { get; init; }

    public LosoSummary? ConvertedSmtState { get; init; }

    public LosoSummary? Of(RuleClass ruleClass) => ruleClass == RuleClass.SameSmtState ? SameSmtState : ConvertedSmtState;
}
