using Calibrate.Agent.Running;
using Calibrate.Core.Probing;
using Calibrate.Core.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Planning;

/// <summary>
/// Decides how many copies run and where: a pure function of the probed topology, the allowed CPUs and the pinning
/// policy. Every rejection is a <see cref="PlanException"/> whose message says what to change.
/// </summary>
public static class CopyPlanner
{
    /// <summary>
    /// Copies beyond one per CPU measure contention, which an SMT or oversubscription study may want; beyond this many per
    /// CPU a run measures nothing but the scheduler (and starts a process per copy), so more is refused before anything starts.
    /// </summary>
    public const int MaxCopiesPerCpu = 4;

    /// <param name="probe">the node.</param>
    /// <param name="copies">copies; null for one per allowed CPU (or per core, per listed CPU).</param>
    /// <param name="pinning">the pinning policy.</param>
    /// <param name="names">what the refusals call the settings (default: the command line's options).</param>
    public static IReadOnlyList<CopyPlacement> Plan(NodeProbe probe, int? copies, Pinning pinning, PlanNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(pinning);
        var (copiesName, pinningName) = names ?? PlanNames.CommandLine;
        var allowed = probe.AllowedCpus;
        if (allowed.Count == 0)
        {
            throw new PlanException("this process may run on no CPU (empty affinity or cpuset)");
        }

        if (copies is < 1)
        {
            throw new PlanException($"{copiesName} must be at least 1, not {copies}");
        }

        if (copies > allowed.Count * MaxCopiesPerCpu)
        {
            throw new PlanException(
                $"{copiesName} {copies} is more than {MaxCopiesPerCpu} per allowed CPU: this node allows {allowed.Count} CPUs, so at most {allowed.Count * MaxCopiesPerCpu} copies");
        }

        return pinning.Kind switch
        {
            PinningKind.None => Enumerable.Range(0, copies ?? allowed.Count).Select(i => new CopyPlacement(i, null)).ToArray(),
            PinningKind.Thread => PlanThreads(allowed, copies ?? allowed.Count, pinningName),
            PinningKind.Core => PlanCores(probe, allowed, copies, pinningName),
            PinningKind.Numa => PlanNuma(probe, allowed, copies ?? allowed.Count),
            PinningKind.List => PlanList(allowed, pinning.Cpus ?? CpuSet.Empty, copies, pinningName),
            _ => throw new PlanException($"unknown pinning {pinning}"),
        };
    }

    private static CopyPlacement[] PlanThreads(CpuSet allowed, int copies, string pinningName)
    {
        if (copies > allowed.Count)
        {
            throw new PlanException(
                $"{pinningName} thread puts every copy on its own logical CPU, but {copies} copies were asked for and only {allowed.Count} CPUs are allowed ({allowed})");
        }

        return Enumerable.Range(0, copies).Select(i => new CopyPlacement(i, CpuSet.Of([allowed[i]]))).ToArray();
    }

    /// <summary>One copy per physical core (on all of its allowed hardware threads), cores taken round-robin over sockets.</summary>
    private static CopyPlacement[] PlanCores(NodeProbe probe, CpuSet allowed, int? copies, string pinningName)
    {
        var bySocket = probe.Topology
            .Where(t => allowed.Contains(t.Cpu))
            .GroupBy(t => (t.Socket, t.Core))
            .Select(g => (g.Key.Socket, g.Key.Core, Cpus: CpuSet.Of(g.Select(t => t.Cpu))))
            .GroupBy(c => c.Socket)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(c => c.Cpus[0]).ToList())
            .ToList();
        var cores = new List<CpuSet>();
        for (var i = 0; bySocket.Any(s => i < s.Count); i++)
        {
            cores.AddRange(bySocket.Where(s => i < s.Count).Select(s => s[i].Cpus));
        }

        if (cores.Count == 0)
        {
            throw new PlanException($"the probe found no core topology for the allowed CPUs; use {pinningName} thread or list:CPUS");
        }

        var count = copies ?? cores.Count;
        if (count > cores.Count)
        {
            throw new PlanException(
                $"{pinningName} core runs one copy per physical core, but {count} copies were asked for and only {cores.Count} cores are allowed");
        }

        return cores.Take(count).Select((cpus, i) => new CopyPlacement(i, cpus)).ToArray();
    }

    private static CopyPlacement[] PlanNuma(NodeProbe probe, CpuSet allowed, int copies)
    {
        var nodes = probe.Numa
            .OrderBy(n => n.Node)
            .Select(n => n.Cpus.Intersect(allowed))
            .Where(c => c.Count > 0)
            .ToArray();
        if (nodes.Length == 0)
        {
            nodes = [allowed];
        }

        return Enumerable.Range(0, copies).Select(i => new CopyPlacement(i, nodes[i % nodes.Length])).ToArray();
    }

    private static CopyPlacement[] PlanList(CpuSet allowed, CpuSet list, int? copies, string pinningName)
    {
        var forbidden = list.Except(allowed);
        if (forbidden.Count > 0)
        {
            throw new PlanException($"CPUs {forbidden} in the pinning list are not allowed for this process (allowed: {allowed})");
        }

        var count = copies ?? list.Count;
        if (count > list.Count)
        {
            throw new PlanException($"{pinningName} list:{list} names {list.Count} CPUs, one per copy, but {count} copies were asked for");
        }

        return Enumerable.Range(0, count).Select(i => new CopyPlacement(i, CpuSet.Of([list[i]]))).ToArray();
    }
}
