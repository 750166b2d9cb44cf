using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Layout;

/// <summary>
/// The plot area in pixels (as ScottPlot laid it out) and the mapping between data and pixels both ways; y grows
/// downwards, as in SVG and PNG.
/// </summary>
public sealed record PixelFrame(double Left, double Top, double Right, double Bottom, Axis X, Axis Y)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public double PixelX(double value) => Left + (Fraction(value, X) * Width);

    public double PixelY(double value) => Bottom - (Fraction(value, Y) * Height);

    public double DataX(double pixel) => X.Min + ((pixel - Left) / Width * (X.Max - X.Min));

    public double DataY(double pixel) => Y.Min + ((Bottom - pixel) / Height * (Y.Max - Y.Min));

    /// <summary>The width of one category on the X axis (or of one unit on a numeric axis).</summary>
    public double CategoryWidth => Width / Math.Max(X.Max - X.Min, double.Epsilon);

    public double CategoryHeight => Height / Math.Max(Y.Max - Y.Min, double.Epsilon);

    public bool ContainsX(double value) => value >= X.Min && value <= X.Max;

    public bool ContainsY(double value) => value >= Y.Min && value <= Y.Max;

    private static double Fraction(double value, Axis axis) =>
        axis.Max > axis.Min ? (value - axis.Min) / (axis.Max - axis.Min) : 0.5;
}
