using Calibrate.Reports.Layout;
using Calibrate.Reports.Plotting;
using ScottPlot;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// A figure laid out and drawn by ScottPlot, ready to be written as SVG or PNG at its size (both from the same layout);
/// with the plot area and the labels placed inside it, for the tests that check the geometry.
/// </summary>
public sealed class RenderedChart : IDisposable
{
    private readonly Plot plot;
    private readonly Figure figure;
    private readonly string idPrefix;

    internal RenderedChart(Plot plot, Figure figure, PixelFrame frame, InPlotLayout labels, string idPrefix) =>
        (this.plot, this.figure, Frame, Labels, this.idPrefix) = (plot, figure, frame, labels, idPrefix);

    /// <summary>The plot area in pixels, as ScottPlot laid it out and as every label was placed in.</summary>
    public PixelFrame Frame { get; }

    public InPlotLayout Labels { get; }

    public string Svg() => SvgDocument.Tidy(plot.GetSvgXml(figure.Width, figure.Height), figure.Title, idPrefix, figure.Width, figure.Height);

    public byte[] Png() => plot.GetImageBytes(figure.Width, figure.Height, ImageFormat.Png);

    public void Dispose() => plot.Dispose();
}
