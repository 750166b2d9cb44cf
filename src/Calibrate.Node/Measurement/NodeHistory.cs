using Calibrate.Core.Factors;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Stores;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Priors;
using Calibrate.Store;

namespace Calibrate.Node.Measurement;

/// <summary>
/// What the store knows of this node before it is measured again: its recent undisturbed results of the same hardware
/// (<see cref="HardwareFingerprint"/>) and plan (copies, pinning, label), whose scores make its running figure, and
/// the run-to-run term from them, from the site's nodes of the same CPU model, or the stated default
/// (<see cref="ReproducibilityEstimator"/>). An unreachable store is no history, not a failure.
/// </summary>
public sealed record NodeHistory(IReadOnlyList<double> EarlierScores, Reproducibility Reproducibility)
{
    /// <summary>
    /// The latest whole-node figure of each other node of the same CPU model and copies in the site's unit, undisturbed
    /// and from a fitted (not provisional) model: the site's own prior once there are enough (<see cref="PriorSources.FromSite"/>).
    /// </summary>
    public IReadOnlyList<double> SiteFigures { get; init; } = [];

    /// <summary>Results older than this describe another state of the host (firmware, hypervisor, neighbours).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>The running figure rests on at most this many runs: the node's recent state, not its whole life.</summary>
    public const int MaxRuns = 10;

    /// <summary>How far back the site's results of the same CPU model are pooled.</summary>
    public static readonly TimeSpan SiteWindow = TimeSpan.FromDays(90);

    public static NodeHistory None { get; } = new([], ReproducibilityEstimator.Default);

    public static NodeHistory Load(Site site, NodeProbe probe, int copies, string pinning, string? label, string? storeOption = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(probe);
        var argument = site.StoreArgument(storeOption);
        if (!StoreLocation.IsUrl(argument) && !File.Exists(argument))
        {
            // No store yet: no history, and nothing may be created before the measurement has finished.
            return None;
        }

        try
        {
            using var store = StoreLocation.Open(argument, site.Environment);
            return From(store, probe, copies, pinning, label, site.Environment.Clock.GetUtcNow(), site.Unit());
        }
        catch (StoreException)
        {
            return None;
        }
    }

    public static NodeHistory From(IResultStore store, NodeProbe probe, int copies, string pinning, string? label, DateTimeOffset now, AccountingUnit unit = AccountingUnits.Default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(probe);
        var hardware = HardwareFingerprint.Of(probe);
        var earlier = new List<double>();
        foreach (var summary in store.Query(new ResultFilter { Hostname = probe.Hostname, Since = now - Window, Limit = 5 * MaxRuns }))
        {
            if (earlier.Count == MaxRuns)
            {
                break;
            }

            if (!summary.Disturbed && summary.Copies == copies && summary.Pinning == pinning && summary.Label == label
                && store.Get(summary.Id) is { } result && HardwareFingerprint.Of(result.Probe) == hardware)
            {
                earlier.Add(result.NodeScore);
            }
        }

        var peers = store.Query(new ResultFilter { CpuModel = probe.Cpu.ModelName, Since = now - SiteWindow })
            .Where(s => !s.Disturbed && s.Copies == copies && !string.Equals(s.Hostname, probe.Hostname, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Hostname, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var site = peers.Select(g => (IReadOnlyList<double>)g.Take(MaxRuns).Select(s => s.NodeScore).ToArray()).ToArray();
        var figures = peers
            .Select(g => g.First())
            .Where(s => s.EstimateUnit == unit && s.EstimateValue is > 0)
            .Select(s => store.Get(s.Id)?.Estimate)
            .Where(e => e is { ModelProvisional: false })
            .Select(e => e!.Value)
            .ToArray();
        var reproducibility = ReproducibilityEstimator.Choose(
            ReproducibilityEstimator.FromNode(earlier),
            ReproducibilityEstimator.FromSite(site, $"{probe.Cpu.ModelName} with {copies} copies"));
        return new NodeHistory(earlier, reproducibility) { SiteFigures = figures };
    }
}
