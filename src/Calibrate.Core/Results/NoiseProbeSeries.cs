namespace Calibrate.Core.Results;

/// <summary>One copy's runs of one noise probe ("alu", "memory"), in seconds, one per round, in order.</summary>
public sealed record NoiseProbeSeries(string Probe, int Copy, IReadOnlyList<double> Seconds);
