namespace Calibrate.Reports.Svg;

/// <summary>An SVG document and every text box drawn in it (for collision tests), with how many labels were left out.</summary>
public sealed record SvgDrawing(string Svg, IReadOnlyList<TextBox> Texts, int DroppedLabels);
