namespace Calibrate.Node.Remeasure;

/// <summary>What the idle rule judges: the load average, the share of CPU time busy over a short window, and the jobs the batch system runs here (null when no batch system is configured).</summary>
public sealed record IdleReadings(int Cpus, double LoadAverage, double BusyFraction, IReadOnlyList<string>? Jobs);
