namespace Calibrate.Reports.Tests.Browser;

/// <summary>Pixel statistics of a decoded PNG: its distinct colours, whether one is near a palette colour, dark pixels in a region.</summary>
public static class PngColours
{
    /// <summary>Anti-aliasing blends edges; solid fills and thick strokes still hit the colour within this per-channel distance.</summary>
    public const int Tolerance = 6;

    public static HashSet<int> Distinct(PngImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var set = new HashSet<int>();
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b) = image.Pixel(x, y);
                set.Add((r << 16) | (g << 8) | b);
            }
        }

        return set;
    }

    public static bool Contains(IEnumerable<int> colours, string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var target = Convert.ToInt32(hex[1..], 16);
        return colours.Any(rgb => Math.Abs(((rgb >> 16) & 255) - ((target >> 16) & 255)) <= Tolerance
            && Math.Abs(((rgb >> 8) & 255) - ((target >> 8) & 255)) <= Tolerance
            && Math.Abs((rgb & 255) - (target & 255)) <= Tolerance);
    }

    /// <summary>Pixels darker than mid-grey in [x0, x1) x [y0, y1): text and lines, not background.</summary>
    public static int DarkPixels(PngImage image, int x0, int y0, int x1, int y1)
    {
        ArgumentNullException.ThrowIfNull(image);
        var count = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                var (r, g, b) = image.Pixel(x, y);
                count += r + g + b < 3 * 128 ? 1 : 0;
            }
        }

        return count;
    }
}
