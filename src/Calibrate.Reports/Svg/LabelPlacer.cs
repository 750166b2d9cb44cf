namespace Calibrate.Reports.Svg;

/// <summary>
/// Keeps every text of a drawing apart: titles and axis captions are placed first and always; tick labels, legend
/// entries, annotation and point labels only where they collide with nothing placed before. A label that cannot be
/// placed is left out rather than drawn over another: a missing label is visible as a gap, an overlapping one is noise.
/// </summary>
public sealed class LabelPlacer(double canvasWidth, double canvasHeight)
{
    private readonly List<TextBox> placed = [];

    public IReadOnlyList<TextBox> Placed => placed;

    /// <summary>How many labels were left out because no candidate position was free.</summary>
    public int Dropped { get; private set; }

    public void Force(TextBox box) => placed.Add(box);

    public bool IsFree(TextBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        return box.InsideCanvas(canvasWidth, canvasHeight) && !placed.Exists(box.Overlaps);
    }

    public void NoteDropped() => Dropped++;

    /// <summary>Places the first free candidate and returns it, or null (counted in <see cref="Dropped"/>).</summary>
    public TextBox? TryPlace(params ReadOnlySpan<TextBox> candidates)
    {
        foreach (var box in candidates)
        {
            if (IsFree(box))
            {
                placed.Add(box);
                return box;
            }
        }

        Dropped++;
        return null;
    }
}
