namespace Calibrate.Statistics.Tests.Support;

/// <summary>
/// A realistic noise model for sample times: t = t₀ · exp(host drift + copy drift + ε) · (1 + spike), with ε ~ N(0, σ),
/// drifts AR(1) with stationary SD and correlation time τ rounds (φ = e^{−1/τ}), spikes with probability p of +20–50%.
/// </summary>
internal sealed record NoiseModel
{
    public double SampleSigma { get; init; } = 0.02;

    public double HostDriftSigma { get; init; } = 0.01;

    public double CopyDriftSigma { get; init; } = 0.005;

    public double DriftCorrelationRounds { get; init; } = 5;

    public double SpikeProbability { get; init; } = 0.02;

    public double SpikeLow { get; init; } = 0.2;

    public double SpikeHigh { get; init; } = 0.5;

    public static NoiseModel Realistic { get; } = new();

    public static NoiseModel Quiet { get; } = new() { SampleSigma = 0.003, HostDriftSigma = 0.001, CopyDriftSigma = 0.0005, SpikeProbability = 0 };

    public static NoiseModel Noisy { get; } = new() { SampleSigma = 0.15, HostDriftSigma = 0.08, CopyDriftSigma = 0.04, SpikeProbability = 0.1 };
}
