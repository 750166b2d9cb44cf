namespace Calibrate.Core.Results;

/// <summary>A whole-node figure with its interval at the estimate's level, in the estimate's unit.</summary>
public sealed record FigureInterval(double Value, double Low, double High);
