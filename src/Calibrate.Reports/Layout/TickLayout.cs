namespace Calibrate.Reports.Layout;

/// <summary>
/// How an axis' tick labels are drawn so that none overlaps: the labels (possibly truncated), their angle, every
/// <see cref="Step"/>-th label kept, and how far they reach from the axis. ScottPlot draws the labels it is given where
/// it is told; choosing them is this class's job.
/// </summary>
public sealed record TickLayout(IReadOnlyList<string> Labels, double Angle, int Step, double Extent)
{
    public const double FontSize = 12;

    /// <summary>Rotated labels stop at this width (about 26 characters): the margin cannot take over the chart.</summary>
    public const double MaxRotatedWidth = 180;

    /// <summary>Space between neighbouring labels, as a fraction of the font size.</summary>
    private const double Gap = 0.3;

    private static readonly double Sin45 = Math.Sqrt(0.5);

    /// <summary>The labels to draw: every <see cref="Step"/>-th, the others empty.</summary>
    public IReadOnlyList<string> Shown => [.. Labels.Select((l, i) => i % Step == 0 ? l : string.Empty)];

    /// <summary>
    /// X labels: horizontal when each fits its slot; otherwise rotated by 45 degrees (neighbours then sit
    /// slot x sin 45 apart, measured across the text) and truncated to <see cref="MaxRotatedWidth"/>; thinned to every
    /// k-th when even rotated text does not fit. The rule of thumb is Cleveland's: keep text horizontal where possible.
    /// Numeric and time labels are never rotated, only thinned.
    /// </summary>
    public static TickLayout ForX(IReadOnlyList<string> labels, double slot, bool categorical, TextMeasure measure, double maxRotatedWidth = MaxRotatedWidth)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(measure);
        var height = measure.Height(FontSize);
        var widest = labels.Count == 0 ? 0 : labels.Max(l => measure.Width(l, FontSize));
        if (!categorical || widest <= slot - (FontSize * Gap * 2))
        {
            var step = 1;
            while (!categorical && labels.Count > 0 && widest > (slot * step) - (FontSize * Gap * 2) && step < labels.Count)
            {
                step++;
            }

            return new TickLayout(labels, 0, step, height);
        }

        var truncated = labels.Select(l => measure.Truncate(l, FontSize, Math.Min(maxRotatedWidth, MaxRotatedWidth))).ToArray();
        var across = slot * Sin45;
        var thin = (int)Math.Max(1, Math.Ceiling((height + (FontSize * Gap)) / across));
        var longest = truncated.Max(l => measure.Width(l, FontSize));
        return new TickLayout(truncated, -45, thin, (longest + height) * Sin45);
    }

    /// <summary>The rotated label width whose layout reaches <paramref name="extent"/> from the axis (the inverse of <see cref="Extent"/>).</summary>
    public static double RotatedWidthFor(double extent, TextMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Math.Max((extent / Sin45) - measure.Height(FontSize), FontSize * 2);
    }

    /// <summary>This layout with the first label left out: where it would meet the other axis' first label in the corner.</summary>
    public TickLayout WithoutFirst() => Labels.Count == 0 ? this : this with { Labels = ["", .. Labels.Skip(1)] };

    /// <summary>Y labels stay horizontal (truncated to <paramref name="maxWidth"/>) and are thinned when rows are too close.</summary>
    public static TickLayout ForY(IReadOnlyList<string> labels, double slot, double maxWidth, TextMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(measure);
        var truncated = labels.Select(l => measure.Truncate(l, FontSize, maxWidth)).ToArray();
        var step = (int)Math.Max(1, Math.Ceiling((measure.Height(FontSize) + (FontSize * Gap)) / Math.Max(slot, 1e-9)));
        var widest = truncated.Length == 0 ? 0 : truncated.Max(l => measure.Width(l, FontSize));
        return new TickLayout(truncated, 0, step, widest);
    }
}
