namespace Calibrate.Reports.Tests.Browser;

/// <summary>A decoded image: width, height and 8-bit RGBA pixels, row by row.</summary>
public sealed record PngImage(int Width, int Height, byte[] Rgba)
{
    public (byte R, byte G, byte B) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2]);
    }
}
