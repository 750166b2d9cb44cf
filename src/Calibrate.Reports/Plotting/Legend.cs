namespace Calibrate.Reports.Plotting;

/// <summary>Whether the legend is shown; entries come from named series, in order.</summary>
public sealed record Legend(bool Visible)
{
    public static Legend Default { get; } = new(true);

    public static Legend Hidden { get; } = new(false);
}
