namespace Calibrate.Reports.Svg;

/// <summary>
/// An estimate of a text's width without a font engine (none is on the package feed). Per-character advance widths, in
/// em, are rounded up from DejaVu Sans, the widest of the fonts the report's font stack can fall back to (Debian's
/// default sans-serif); an over-estimate only costs some space, an under-estimate would let labels overlap.
/// </summary>
public static class TextMetrics
{
    /// <summary>Line height as a multiple of the font size.</summary>
    public const double LineHeight = 1.2;

    private const double Narrow = 0.34, Digit = 0.64, Lower = 0.62, Upper = 0.74, Wide = 0.98, Other = 0.7;

    public static double Width(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        var em = 0.0;
        foreach (var c in text)
        {
            em += Advance(c);
        }

        return em * fontSize;
    }

    /// <summary>
    /// The longest prefix of <paramref name="text"/> (plus an ellipsis) no wider than <paramref name="maxWidth"/>; the
    /// full text when it fits. Category names such as "kvm-4x8-pinned-numa-hugepages" keep their start, which is the
    /// part that tells them apart in practice.
    /// </summary>
    public static string Truncate(string text, double fontSize, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        const string Ellipsis = "\u2026";
        var budget = maxWidth - Width(Ellipsis, fontSize);
        var used = 0.0;
        var length = 0;
        while (length < text.Length && used + (Advance(text[length]) * fontSize) <= budget)
        {
            used += Advance(text[length]) * fontSize;
            length++;
        }

        return text[..length] + Ellipsis;
    }

    private static double Advance(char c) => c switch
    {
        'i' or 'l' or 'j' or 't' or 'f' or 'r' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or ' ' or '(' or ')' or '[' or ']' => Narrow,
        'm' or 'w' or 'M' or 'W' or '%' or '@' => Wide,
        >= '0' and <= '9' => Digit,
        >= 'a' and <= 'z' => Lower,
        >= 'A' and <= 'Z' => Upper,
        _ => Other,
    };
}
