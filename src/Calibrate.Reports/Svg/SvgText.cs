using System.Globalization;
using System.Text;

namespace Calibrate.Reports.Svg;

/// <summary>
/// Text and numbers as they may appear in SVG/XML: markup characters escaped, characters XML 1.0 forbids (controls,
/// lone surrogates) replaced, numbers written with a '.' decimal point whatever the current culture.
/// </summary>
public static class SvgText
{
    /// <summary>Two decimals: a hundredth of a pixel is below what any screen shows.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "SVG coordinates must be finite.");
        }

        var rounded = Math.Round(value, 2);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\t' or '\n' or '\r' => " ",
                < ' ' or '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? text;
    }
}
