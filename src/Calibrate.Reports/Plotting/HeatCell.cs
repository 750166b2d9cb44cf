namespace Calibrate.Reports.Plotting;

/// <summary>One heat-map cell: column and row are category indices of the X and Y axes; Text is printed in the cell.</summary>
public sealed record HeatCell(int Column, int Row, double Value, string Text);
