namespace Calibrate.Reports.Layout;

/// <summary>
/// The box a text occupies: an oriented rectangle (rotated text stays a tight box, not its much larger axis-aligned
/// hull). Two texts collide when their boxes overlap, tested with the separating axis theorem (for two convex polygons,
/// they are disjoint if and only if their projections on one of the edge normals are disjoint).
/// </summary>
public sealed record TextBox(string Text, double CenterX, double CenterY, double Width, double Height, double AngleDegrees)
{
    /// <summary>
    /// An unrotated box of <paramref name="width"/> x <paramref name="height"/> whose point at the fractions
    /// (<paramref name="anchorX"/>, <paramref name="anchorY"/>) of its width and height (0, 0: upper left; 1, 1: lower
    /// right) lies at pixel (<paramref name="x"/>, <paramref name="y"/>); y grows downwards, as in SVG and PNG.
    /// </summary>
    public static TextBox Anchored(string text, double x, double y, double width, double height, double anchorX, double anchorY) =>
        new(text, x + ((0.5 - anchorX) * width), y + ((0.5 - anchorY) * height), width, height, 0);

    /// <summary>The box grown by <paramref name="margin"/> on every side: a label keeps this much clear of others.</summary>
    public TextBox Inflate(double margin) => this with { Width = Width + (2 * margin), Height = Height + (2 * margin) };

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
    public bool InsideCanvas(double width, double height) => InsideRect(0, 0, width, height);

    /// <summary>True when the box lies inside [left, right] x [top, bottom], give or take half a pixel of rounding.</summary>
    public bool InsideRect(double left, double top, double right, double bottom) =>
        Corners().All(c => c.X >= left - 0.5 && c.Y >= top - 0.5 && c.X <= right + 0.5 && c.Y <= bottom + 0.5);

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
