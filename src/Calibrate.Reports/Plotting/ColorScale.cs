using System.Globalization;

namespace Calibrate.Reports.Plotting;

/// <summary>
/// A diverging colour scale for a heat map: Low colour at <see cref="Min"/>, white at <see cref="Mid"/> (1.0 for
/// ratios: no change), High colour at <see cref="Max"/>. Blue to vermillion are both Okabe-Ito colours and stay apart
/// under colour-vision deficiency; the value is printed in the cell as well.
/// </summary>
public sealed record ColorScale(double Min, double Mid, double Max, string LowColor, string HighColor, string Title)
{
    public const string MidColor = "#FFFFFF";

    /// <summary>The colour of <paramref name="value"/>, linear in RGB on each side of the midpoint, clamped to the ends.</summary>
    public string ColorOf(double value)
    {
        if (!double.IsFinite(value))
        {
            return MidColor;
        }

        if (value >= Mid)
        {
            var t = Max > Mid ? Math.Clamp((value - Mid) / (Max - Mid), 0, 1) : 0;
            return Mix(MidColor, HighColor, t);
        }

        var s = Mid > Min ? Math.Clamp((Mid - value) / (Mid - Min), 0, 1) : 0;
        return Mix(MidColor, LowColor, s);
    }

    private static string Mix(string from, string to, double t)
    {
        var a = Parse(from);
        var b = Parse(to);
        var r = (int)Math.Round(a.R + ((b.R - a.R) * t));
        var g = (int)Math.Round(a.G + ((b.G - a.G) * t));
        var bl = (int)Math.Round(a.B + ((b.B - a.B) * t));
        return string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{bl:X2}");
    }

    private static (int R, int G, int B) Parse(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
