namespace Calibrate.Reports.Layout;

/// <summary>
/// How wide and how tall a text is drawn at a font size, in pixels: the layout is pure and asks this of the renderer,
/// which measures with the font it draws with (DejaVu Sans, pinned), so a label's box is the label's real extent.
/// </summary>
public abstract class TextMeasure
{
    /// <summary>The advance width of <paramref name="text"/> at <paramref name="fontSize"/> px.</summary>
    public abstract double Width(string text, double fontSize);

    /// <summary>The line height at <paramref name="fontSize"/> px: ascent plus descent, so every glyph fits.</summary>
    public abstract double Height(double fontSize);

    /// <summary>
    /// The longest prefix of <paramref name="text"/> (plus an ellipsis) no wider than <paramref name="maxWidth"/>; the
    /// full text when it fits. Category names such as "kvm-4x8-pinned-numa-hugepages" keep their start, which is the
    /// part that tells them apart in practice.
    /// </summary>
    public string Truncate(string text, double fontSize, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        const string Ellipsis = "\u2026";
        var (fits, tooLong) = (0, text.Length);
        while (tooLong - fits > 1)
        {
            var middle = (fits + tooLong) / 2;
            (fits, tooLong) = Width(text[..middle] + Ellipsis, fontSize) <= maxWidth ? (middle, tooLong) : (fits, middle);
        }

        return text[..fits] + Ellipsis;
    }
}
