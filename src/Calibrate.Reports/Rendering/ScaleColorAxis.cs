using Calibrate.Reports.Plotting;
using ScottPlot;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// The figure's diverging <see cref="ColorScale"/> as ScottPlot's colour axis, so its colour bar shows exactly the
/// colours the cells were filled with (ScottPlot's colormaps map [0, 1]; this maps that back to [Min, Max]).
/// </summary>
internal sealed class ScaleColorAxis(ColorScale scale) : IHasColorAxis, IColormap
{
    public IColormap Colormap => this;

    public string Name => scale.Title;

    public ScottPlot.Range GetRange() => new(scale.Min, scale.Max);

    public Color GetColor(double position) => Ink.Of(scale.ColorOf(scale.Min + (Math.Clamp(position, 0, 1) * (scale.Max - scale.Min))));
}
