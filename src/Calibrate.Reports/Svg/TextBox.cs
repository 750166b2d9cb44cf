namespace Calibrate.Reports.Svg;

/// <summary>
/// The box a text occupies: an oriented rectangle (rotated text stays a tight box, not its much larger axis-aligned
/// hull). Two texts collide when their boxes overlap, tested with the separating axis theorem (for two convex polygons,
/// they are disjoint if and only if their projections on one of the edge normals are disjoint).
/// </summary>
public sealed record TextBox(string Text, double CenterX, double CenterY, double Width, double Height, double AngleDegrees)
{
    /// <summary>
    /// The box of a text element drawn at (x, y) with the given anchor and font size, rotated by
    /// <paramref name="angleDegrees"/> about (x, y) as SVG's rotate(a, x, y) does. y is the baseline: the box runs from
    /// 0.8 em above it to 0.25 em below (ascenders and descenders).
    /// </summary>
    public static TextBox ForText(string text, double x, double y, double fontSize, TextAnchor anchor, double angleDegrees = 0)
    {
        var width = TextMetrics.Width(text, fontSize);
        var height = fontSize * 1.05;
        var localX = anchor switch
        {
            TextAnchor.Start => width / 2,
            TextAnchor.End => -width / 2,
            _ => 0,
        };
        var localY = -fontSize * 0.275;
        var a = angleDegrees * Math.PI / 180;
        var cx = x + (localX * Math.Cos(a)) - (localY * Math.Sin(a));
        var cy = y + (localX * Math.Sin(a)) + (localY * Math.Cos(a));
        return new TextBox(text, cx, cy, width, height, angleDegrees);
    }

    public (double X, double Y)[] Corners()
    {
        var a = AngleDegrees * Math.PI / 180;
        var (ux, uy) = (Math.Cos(a) * Width / 2, Math.Sin(a) * Width / 2);
        var (vx, vy) = (-Math.Sin(a) * Height / 2, Math.Cos(a) * Height / 2);
        return
        [
            (CenterX - ux - vx, CenterY - uy - vy),
            (CenterX + ux - vx, CenterY + uy - vy),
            (CenterX + ux + vx, CenterY + uy + vy),
            (CenterX - ux + vx, CenterY - uy + vy),
        ];
    }

    /// <summary>True when the interiors overlap; boxes that only touch do not.</summary>
    public bool Overlaps(TextBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var mine = Corners();
        var theirs = other.Corners();
        return !(Separated(mine, theirs, mine) || Separated(mine, theirs, theirs));
    }

    /// <summary>True when the box lies inside the rectangle [0, width] x [0, height] (the drawing).</summary>
    public bool InsideCanvas(double width, double height) =>
        Corners().All(c => c.X >= -0.5 && c.Y >= -0.5 && c.X <= width + 0.5 && c.Y <= height + 0.5);

    private static bool Separated((double X, double Y)[] a, (double X, double Y)[] b, (double X, double Y)[] edges)
    {
        for (var i = 0; i < 2; i++)
        {
            var nx = -(edges[i + 1].Y - edges[i].Y);
            var ny = edges[i + 1].X - edges[i].X;
            var (minA, maxA) = Project(a, nx, ny);
            var (minB, maxB) = Project(b, nx, ny);
            if (maxA <= minB + 1e-9 || maxB <= minA + 1e-9)
            {
                return true;
            }
        }

        return false;
    }

    private static (double Min, double Max) Project((double X, double Y)[] corners, double nx, double ny)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var (x, y) in corners)
        {
            var p = (x * nx) + (y * ny);
            min = Math.Min(min, p);
            max = Math.Max(max, p);
        }

        return (min, max);
    }
}
