namespace Calibrate.Node.Boot;

/// <summary>
/// How boot shares its hard budget: setup (process start, input generation, warm-up), measurement, then store and
/// push. The quick profile gives setup a quarter of its 60 s; boot gives setup 15% and keeps 20% for storing and
/// publishing, which on a 60 s budget is 9 s setup, 39 s measurement and 12 s for the store and pushers. A
/// precision target met early leaves the rest to the later steps.
/// </summary>
public sealed record BootBudget(TimeSpan Total, TimeSpan Measure, TimeSpan MeasureDeadline)
{
    public const double SetupShare = 0.15;
    public const double PublishShare = 0.20;

    /// <summary>Below this the measurement says nothing: a single round of the nine kernels takes about a second.</summary>
    public static readonly TimeSpan MinimumMeasure = TimeSpan.FromSeconds(1);

    public static BootBudget Split(TimeSpan total)
    {
        var measureDeadline = total * (1 - PublishShare);
        var measure = total * (1 - SetupShare - PublishShare);
        return new BootBudget(total, measure < MinimumMeasure ? MinimumMeasure : measure, measureDeadline);
    }
}
