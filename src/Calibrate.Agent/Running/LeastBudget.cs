using System.Globalization;
using Calibrate.Agent.Planning;
using Calibrate.Core.Probing;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;
using Calibrate.Workloads;

namespace Calibrate.Agent.Running;

/// <summary>
/// The shortest measurement that can give every copy the samples a result rests on, computed before anything starts
/// so that a budget too short to measure anything is refused at once instead of failing after the copies' setup:
/// <see cref="MinimumRounds"/> rounds of every kernel (per repetition), each sample at least
/// <see cref="ShortestSample"/> long, stretched by the copies that share a CPU.
/// </summary>
/// <remarks>
/// A lower bound: the GC before an allocating kernel's samples, the noise probes after each round and a slower node only add to
/// it, so a budget above it can still end short on a loaded node, but one below it cannot work on any node.
/// </remarks>
public sealed record LeastBudget(TimeSpan Measure, int Rounds, int Kernels, TimeSpan Sample, double CopiesPerCpu)
{
    /// <summary>
    /// Samples of each kernel on each copy (per repetition) a result needs: a kernel's time is the median of its
    /// samples, and the median of 3 ignores one disturbed sample where that of 2 is their mean (the rule of
    /// NodeScoreInterval.MinimumSamplesPerSmallBatch).
    /// </summary>
    public const int MinimumRounds = 3;

    /// <summary>
    /// The shortest a sample can be, as a share of the target: a sample is K = round(target / unit) units, at least 1
    /// (<see cref="UnitsPerSample"/>), so K × unit is least, 2/3 of the target, when a unit is just over target / 1.5
    /// and K rounds down to 1; for every larger K the least is K / (K + 0.5) of the target.
    /// </summary>
    public const double ShortestSampleShare = 2.0 / 3.0;

    /// <summary>The least measurement of <paramref name="settings"/> for the copies placed as <paramref name="placements"/>.</summary>
    /// <param name="settings">the profile (its sample target and repetitions).</param>
    /// <param name="kernels">the kernels each round runs.</param>
    /// <param name="placements">where the copies run (<see cref="CopyPlanner"/>).</param>
    /// <param name="allowed">the CPUs an unpinned copy may run on.</param>
    public static LeastBudget Of(ProfileSettings settings, int kernels, IReadOnlyList<CopyPlacement> placements, CpuSet allowed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(allowed);
        var cpus = placements.Any(p => p.Cpus is null) ? allowed : placements.Aggregate(CpuSet.Empty, (all, p) => all.Union(p.Cpus!));
        // In lockstep a round ends when its slowest copy does: copies sharing CPUs get at most their average share.
        var copiesPerCpu = Math.Max(1.0, placements.Count / (double)Math.Max(1, cpus.Count));
        var rounds = MinimumRounds * Math.Max(1, settings.Repetitions);
        var sample = settings.SampleTarget * ShortestSampleShare;
        return new LeastBudget(sample * (rounds * kernels * copiesPerCpu), rounds, kernels, sample, copiesPerCpu);
    }

    /// <summary>
    /// The least measurement of a <paramref name="profile"/> run of every kernel of the catalogue on <paramref name="node"/>,
    /// its copies placed as <paramref name="placements"/>: what `run`, `sweep`, boot and `config check` hold a budget to.
    /// </summary>
    public static LeastBudget Of(Profile profile, IReadOnlyList<CopyPlacement> placements, NodeProbe node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Of(ProfileSettings.For(profile), KernelCatalog.Names.Count, placements, node.AllowedCpus);
    }

    /// <summary>Why, in words: "3 rounds of 9 kernels, a sample at least 27 ms, 1 copy per CPU".</summary>
    public string Why => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rounds} rounds of the {Kernels} kernels, a sample at least {Sample.TotalMilliseconds:0} ms, {CopiesPerCpu:0.##} {(CopiesPerCpu == 1 ? "copy" : "copies")} per CPU");

    /// <summary>A duration rounded up to 0.1 s, so that the figure shown is itself enough.</summary>
    public static string Seconds(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(Math.Round(duration.TotalSeconds * 10, 6)) / 10:0.0} s");
}
