using System.Globalization;

namespace Calibrate.Reports.Layout;

/// <summary>
/// Black or white text on a fill, whichever contrasts more, by relative luminance (WCAG 2.1, "relative luminance":
/// sRGB channels linearised, weighted 0.2126 R + 0.7152 G + 0.0722 B).
/// </summary>
public static class Contrast
{
    /// <summary>Luminance where black and white text have equal contrast ratios: (L + 0.05)/0.05 = 1.05/(L + 0.05).</summary>
    private const double Threshold = 0.179;

    public static string TextOn(string hexFill)
    {
        ArgumentNullException.ThrowIfNull(hexFill);
        return Luminance(hexFill) > Threshold ? "#000000" : "#FFFFFF";
    }

    public static double Luminance(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
