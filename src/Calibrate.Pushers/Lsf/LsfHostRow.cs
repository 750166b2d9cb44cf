namespace Calibrate.Pushers.Lsf;

/// <summary>One host as `lshosts -w` shows it: name, model and CPU factor (the columns HOST_NAME, model, cpuf).</summary>
public sealed record LsfHostRow(string Host, string Model, double CpuFactor);
