namespace Calibrate.Reports.Svg;

/// <summary>
/// How an axis' tick labels are drawn so that none overlaps: the labels (possibly truncated), their angle, every
/// <see cref="Step"/>-th label kept, and how far they reach from the axis.
/// </summary>
public sealed record TickLayout(IReadOnlyList<string> Labels, double Angle, int Step, double Extent)
{
    public const double FontSize = 12;

    /// <summary>Rotated labels stop at this width (about 26 characters): the margin cannot take over the chart.</summary>
    public const double MaxRotatedWidth = 180;

    /// <summary>Space between neighbouring labels, as a fraction of the font size.</summary>
    private const double Gap = 0.3;

    private static readonly double Sin45 = Math.Sqrt(0.5);

    /// <summary>
    /// X labels: horizontal when each fits its slot; otherwise rotated by 45 degrees (neighbours then sit
    /// slot x sin 45 apart, measured across the text) and truncated to <see cref="MaxRotatedWidth"/>; thinned to every
    /// k-th when even rotated text does not fit. The rule of thumb is Cleveland's: keep text horizontal where possible.
    /// </summary>
    public static TickLayout ForX(IReadOnlyList<string> labels, double slot, bool categorical)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var lineHeight = FontSize * TextMetrics.LineHeight;
        var widest = labels.Count == 0 ? 0 : labels.Max(l => TextMetrics.Width(l, FontSize));
        if (!categorical || widest <= slot - (FontSize * Gap * 2))
        {
            var step = 1;
            while (categorical is false && labels.Count > 0 && widest > (slot * step) - (FontSize * Gap * 2) && step < labels.Count)
            {
                step++;
            }

            return new TickLayout(labels, 0, step, lineHeight);
        }

        var truncated = labels.Select(l => TextMetrics.Truncate(l, FontSize, MaxRotatedWidth)).ToArray();
        var across = slot * Sin45;
        var thin = (int)Math.Max(1, Math.Ceiling(FontSize * (1.05 + Gap) / across));
        var longest = truncated.Max(l => TextMetrics.Width(l, FontSize));
        return new TickLayout(truncated, -45, thin, (longest * Sin45) + (FontSize * 1.2));
    }

    /// <summary>Y labels stay horizontal (truncated to <paramref name="maxWidth"/>) and are thinned when rows are too close.</summary>
    public static TickLayout ForY(IReadOnlyList<string> labels, double slot, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var truncated = labels.Select(l => TextMetrics.Truncate(l, FontSize, maxWidth)).ToArray();
        var step = (int)Math.Max(1, Math.Ceiling(FontSize * (1.05 + Gap) / Math.Max(slot, 1e-9)));
        var widest = truncated.Length == 0 ? 0 : truncated.Max(l => TextMetrics.Width(l, FontSize));
        return new TickLayout(truncated, 0, step, widest);
    }
}
