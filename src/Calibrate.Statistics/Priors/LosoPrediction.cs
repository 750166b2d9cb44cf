namespace Calibrate.Statistics.Priors;

/// <summary>
/// One leave-one-site-out prediction: a site's HS23 per logical CPU for one model and layout (the weighted median of
/// its rows), against what the other sites' rows of the model predict for it by the layout rule.
/// </summary>
public sealed record LosoPrediction
{
    public required string Model { get; init; }

    /// <summary>The site left out (its <see cref="SiteKey"/>).</summary>
    public required string Site { get; init; }

    public required bool SmtActive { get; init; }

    public required int LogicalCpus { get; init; }

    /// <summary>The site's own figure, HS23 per logical CPU.</summary>
    public required double Measured { get; init; }

    /// <summary>The other sites' figure, HS23 per logical CPU.</summary>
    public required double Predicted { get; init; }

    public required LayoutRule Rule { get; init; }

    /// <summary>The sites whose rows made the prediction.</summary>
    public required IReadOnlyList<string> SourceSites { get; init; }

    public RuleClass RuleClass => Rule == LayoutRule.OtherSmtState ? RuleClass.ConvertedSmtState : RuleClass.SameSmtState;

    /// <summary>ln(predicted / measured): the relative error on the scale the prior's SD is stated on.</summary>
    public double LogError => Math.Log(Predicted / Measured);

    /// <summary>|predicted / measured − 1|, a fraction.</summary>
    public double AbsoluteRelativeError => Math.Abs((Predicted / Measured) - 1);
}
