using ScottPlot;

namespace Calibrate.Reports.Rendering;

/// <summary>The figure model's #RRGGBB colours as ScottPlot colours, and the neutral inks of frames, grids and text.</summary>
internal static class Ink
{
    public static readonly Color Text = Color.FromHex("#222222");
    public static readonly Color Subtle = Color.FromHex("#555555");
    public static readonly Color Axis = Color.FromHex("#6E6E6E");
    public static readonly Color Grid = Color.FromHex("#E4E4E4");
    public static readonly Color Leader = Color.FromHex("#8A8A8A");
    public static readonly Color Halo = Colors.White.WithAlpha(0.85);

    public static Color Of(string hex) => Color.FromHex(hex);
}
