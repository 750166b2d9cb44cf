using Calibrate.Core.Topology;

namespace Calibrate.Agent.Running;

/// <summary>What the runner knows of one copy while it runs.</summary>
internal sealed class CopyState
{
    public CopyState(IReadOnlyList<string> kernels)
    {
        Kernels = kernels;
        Samples = kernels.ToDictionary(k => k, _ => new List<double>());
    }

    /// <summary>Kernel names in the order the worker indexes them.</summary>
    public IReadOnlyList<string> Kernels { get; }

    public CpuSet? ActualCpus { get; set; }

    public bool Ready { get; set; }

    public bool Exited { get; set; }

    public string? Failure { get; set; }

    public Dictionary<string, List<double>> Samples { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Freeze() =>
        Samples.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value.ToArray());
}
