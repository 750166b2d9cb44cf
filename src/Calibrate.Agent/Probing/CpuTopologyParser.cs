using Calibrate.Core.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Probing;

/// <summary>
/// Counts sockets, cores per socket and threads per core the way util-linux lscpu does
/// (sys-utils/lscpu-topology.c, cputype_read_topology), so that the probe agrees with lscpu on the same node:
/// threads per core is the largest thread_siblings set; a core is a distinct thread_siblings set and a socket a
/// distinct core_siblings (package_cpus) set, over the CPUs that have a topology directory (offline CPUs lose
/// theirs, Documentation/admin-guide/cputopology.rst); cores per socket is cores / sockets.
/// Where no CPU has a topology directory (some VMs), it falls back to cpuinfo's "physical id" and "core id", and
/// failing those to one socket of single-thread cores.
/// </summary>
public static class CpuTopologyParser
{
    public static CpuTopology Parse(
        IReadOnlyList<CpuTopologyFiles> files, IReadOnlyList<CpuInfoProcessor> processors, CpuSet online, Func<int, int> nodeOf)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(processors);
        ArgumentNullException.ThrowIfNull(online);
        ArgumentNullException.ThrowIfNull(nodeOf);

        var withTopology = files.Where(f => f.HasTopology).OrderBy(f => f.Cpu).ToList();
        if (withTopology.Count > 0)
        {
            return FromSysfs(withTopology, online, nodeOf);
        }

        var identified = processors.Where(p => online.Contains(p.Processor)).ToList();
        if (identified.Count > 0 && identified.All(p => p.PhysicalId is not null && p.CoreId is not null))
        {
            return FromCpuInfo(identified, online, nodeOf);
        }

        var cpus = online.Select((cpu, i) => new LogicalCpu(cpu, i, 0, nodeOf(cpu))).ToList();
        return new CpuTopology(1, Math.Max(online.Count, 1), 1, cpus);
    }

    private static CpuTopology FromSysfs(List<CpuTopologyFiles> files, CpuSet online, Func<int, int> nodeOf)
    {
        var cores = new List<CpuSet>();
        var sockets = new List<CpuSet>();
        var threadsPerCore = 1;
        foreach (var file in files)
        {
            var threads = KernelText.ParseCpuList(file.ThreadSiblingsList) ?? KernelText.ParseCpuMask(file.ThreadSiblingsMask)!;
            var package = KernelText.ParseCpuList(file.CoreSiblingsList) ?? KernelText.ParseCpuMask(file.CoreSiblingsMask);
            threadsPerCore = Math.Max(threadsPerCore, threads.Count);
            AddDistinct(cores, threads);
            if (package is not null)
            {
                AddDistinct(sockets, package);
            }
        }

        var socketCount = Math.Max(sockets.Count, 1);
        var nextCore = cores.Count;
        var cpus = online.Select(cpu => new LogicalCpu(
            cpu,
            IndexOf(cores, cpu) ?? nextCore++,
            IndexOf(sockets, cpu) ?? 0,
            nodeOf(cpu))).ToList();
        return new CpuTopology(socketCount, Math.Max(cores.Count / socketCount, 1), threadsPerCore, cpus);
    }

    private static CpuTopology FromCpuInfo(List<CpuInfoProcessor> processors, CpuSet online, Func<int, int> nodeOf)
    {
        var coreKeys = processors.Select(p => (p.PhysicalId!.Value, p.CoreId!.Value)).Distinct().ToList();
        var socketKeys = processors.Select(p => p.PhysicalId!.Value).Distinct().ToList();
        var threadsPerCore = processors.GroupBy(p => (p.PhysicalId, p.CoreId)).Max(g => g.Count());
        var cpus = processors
            .Where(p => online.Contains(p.Processor))
            .Select(p => new LogicalCpu(
                p.Processor,
                coreKeys.IndexOf((p.PhysicalId!.Value, p.CoreId!.Value)),
                socketKeys.IndexOf(p.PhysicalId!.Value),
                nodeOf(p.Processor)))
            .OrderBy(c => c.Cpu)
            .ToList();
        return new CpuTopology(socketKeys.Count, Math.Max(coreKeys.Count / socketKeys.Count, 1), threadsPerCore, cpus);
    }

    private static void AddDistinct(List<CpuSet> sets, CpuSet set)
    {
        if (!sets.Contains(set))
        {
            sets.Add(set);
        }
    }

    private static int? IndexOf(List<CpuSet> sets, int cpu)
    {
        var index = sets.FindIndex(s => s.Contains(cpu));
        return index < 0 ? null : index;
    }
}
