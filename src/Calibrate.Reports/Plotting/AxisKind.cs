namespace Calibrate.Reports.Plotting;

/// <summary>How an axis maps values: numbers, named categories (0..n-1), or UTC instants as Unix seconds.</summary>
public enum AxisKind
{
    Linear,
    Category,
    Time,
}
