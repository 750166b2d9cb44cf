namespace Calibrate.Workloads.Probes;

/// <summary>The noise probes every copy runs once per round, in this order (their index in the worker protocol).</summary>
public static class NoiseProbes
{
    public static IReadOnlyList<string> Names { get; } = ["alu", "memory"];

    public static IReadOnlyList<INoiseProbe> CreateAll() => [new AluProbe(), new MemoryLatencyProbe()];
}
