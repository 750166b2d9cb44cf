namespace Calibrate.Reports.Layout;

/// <summary>
/// A label inside the plot area, placed: its text, the pixel its anchor point sits at, which point of the text that is
/// (fractions of width and height, 0, 0 = upper left), its size and colour, whether a white halo keeps it legible over
/// data, and the box it occupies (halo included).
/// </summary>
public sealed record PlacedLabel(string Text, double X, double Y, double AnchorX, double AnchorY, double FontSize, string Color, bool Halo, TextBox Box);
