namespace Calibrate.Workloads.Probes;

/// <summary>
/// A short reference loop run between the kernels to measure the host, not the node: its time should not change
/// during a run, so the spread of its times is the host's noise (CPU scheduling for the ALU probe, shared caches and
/// memory for the memory-latency probe). Like a kernel: fixed work, deterministic, verified; never scored.
/// </summary>
public interface INoiseProbe
{
    /// <summary>"alu" or "memory".</summary>
    string Name { get; }

    /// <summary>Builds the probe's input; untimed, once per process.</summary>
    void Setup();

    /// <summary>Runs the fixed work once and returns its checksum.</summary>
    ulong Run();

    /// <summary>The checksum every run must return.</summary>
    ulong ExpectedChecksum { get; }
}
