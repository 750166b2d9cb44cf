using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Svg;

/// <summary>Point markers of equal visual weight: circle, square, triangle, diamond, with a white rim to separate overlaps.</summary>
public static class MarkerPainter
{
    public static void Draw(SvgCanvas canvas, Marker marker, double x, double y, double r, string color)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        switch (marker)
        {
            case Marker.Square:
                canvas.Rect(x - (r * 0.9), y - (r * 0.9), r * 1.8, r * 1.8, color, "#FFFFFF");
                break;
            case Marker.Triangle:
                canvas.Path([(x, y - (r * 1.2)), (x + (r * 1.1), y + (r * 0.8)), (x - (r * 1.1), y + (r * 0.8))], "#FFFFFF", color, width: 0.8, close: true);
                break;
            case Marker.Diamond:
                canvas.Path([(x, y - (r * 1.3)), (x + (r * 1.1), y), (x, y + (r * 1.3)), (x - (r * 1.1), y)], "#FFFFFF", color, width: 0.8, close: true);
                break;
            default:
                canvas.Circle(x, y, r, color, "#FFFFFF");
                break;
        }
    }
}
