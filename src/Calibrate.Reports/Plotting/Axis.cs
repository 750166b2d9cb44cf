namespace Calibrate.Reports.Plotting;

/// <summary>
/// An axis: its title and unit (always shown, "Score per copy (Calibrate score)", "Measured HEP-SPEC06 (HS06)"), the data range and the ticks chosen
/// by <see cref="NiceTicks"/> or <see cref="TimeTicks"/>. A category axis places category i at i, with the range
/// [-0.5, n - 0.5]; a time axis holds Unix seconds.
/// </summary>
public sealed record Axis
{
    public required string Title { get; init; }

    public string? Unit { get; init; }

    public required AxisKind Kind { get; init; }

    public required double Min { get; init; }

    public required double Max { get; init; }

    public IReadOnlyList<Tick> Ticks { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The title as printed, with its unit in parentheses.</summary>
    public string Caption => Unit is null ? Title : $"{Title} ({Unit})";

    /// <summary>A numeric axis over [min, max] (widened to nice bounds) with about <paramref name="targetTicks"/> ticks.</summary>
    public static Axis Linear(string title, string? unit, double min, double max, int targetTicks = NiceTicks.DefaultTargetCount)
    {
        var scale = NiceTicks.Compute(min, max, targetTicks);
        return new Axis { Title = title, Unit = unit, Kind = AxisKind.Linear, Min = scale.Min, Max = scale.Max, Ticks = scale.Ticks };
    }

    public static Axis Category(string title, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return new Axis
        {
            Title = title,
            Kind = AxisKind.Category,
            Min = -0.5,
            Max = categories.Count - 0.5,
            Categories = categories,
            Ticks = [.. categories.Select((c, i) => new Tick(i, c))],
        };
    }

    public static Axis Time(string title, DateTimeOffset from, DateTimeOffset to)
    {
        var scale = TimeTicks.Compute(from, to);
        return new Axis { Title = title, Unit = "UTC", Kind = AxisKind.Time, Min = scale.Min, Max = scale.Max, Ticks = scale.Ticks };
    }
}
