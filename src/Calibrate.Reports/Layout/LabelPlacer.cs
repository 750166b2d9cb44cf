namespace Calibrate.Reports.Layout;

/// <summary>
/// Keeps the labels drawn inside the plot area apart and inside it: annotation labels first, then heat-map cell values
/// and point labels, each only where it collides with nothing placed before. A label that cannot be placed is left out
/// rather than drawn over another: a missing label is visible as a gap, an overlapping one is noise. Keeping every label
/// inside the plot area is what keeps it off the legend, the axes and the titles, which ScottPlot lays out around it.
/// </summary>
public sealed class LabelPlacer(PixelFrame frame)
{
    private readonly List<TextBox> placed = [];

    public IReadOnlyList<TextBox> Placed => placed;

    /// <summary>How many labels were left out because no candidate position was free.</summary>
    public int Dropped { get; private set; }

    public void Force(TextBox box) => placed.Add(box);

    public bool IsFree(TextBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        return box.InsideRect(frame.Left, frame.Top, frame.Right, frame.Bottom) && !placed.Exists(box.Overlaps);
    }

    public void NoteDropped() => Dropped++;
}
