using Calibrate.Core.Topology;

namespace Calibrate.Agent.Running;

/// <summary>What the runner knows of one copy while it runs.</summary>
internal sealed class CopyState
{
    public CopyState(IReadOnlyList<string> kernels, int probes)
    {
        Kernels = kernels;
        Samples = kernels.ToDictionary(k => k, _ => new List<double>());
        ProbeSamples = Enumerable.Range(0, probes).Select(_ => new List<double>()).ToArray();
    }

    /// <summary>Kernel names in the order the worker indexes them.</summary>
    public IReadOnlyList<string> Kernels { get; }

    public CpuSet? ActualCpus { get; set; }

    public bool Ready { get; set; }

    /// <summary>Seconds per unit of each kernel at warm-up, in the kernels' order (from READY).</summary>
    public IReadOnlyList<double> UnitSeconds { get; set; } = [];

    /// <summary>Rounds the copy has finished.</summary>
    public int RoundsDone { get; set; }

    /// <summary>Each noise probe's times, in the probes' order.</summary>
    public IReadOnlyList<List<double>> ProbeSamples { get; }

    public bool Exited { get; set; }

    public string? Failure { get; set; }

    public Dictionary<string, List<double>> Samples { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Freeze() =>
        Samples.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value.ToArray());
}
