using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Mjf;

/// <summary>
/// Plans $MACHINEFEATURES (HSF-TN-2016-02): `hs06`, the "total HS06 rating of the full machine ... with HS06 benchmarks
/// run in parallel, one for each processor which may be allocated to jobs", and `total_cpu`, the "number of
/// processors which may be allocated to jobs". The result's copies are those processors, so total_cpu = copies.
/// Each file holds one plain invariant-culture number and a newline (integration.md 1.5: every reader found, DIRAC,
/// the PanDA pilot, glideinWMS, strips it), mode 0644. The hs06 key holds the whole node's figure in the site's
/// accounting unit: no consumer reads an hs23 key, and HS23 carries HS06 over 1:1 (WLCG's accounting migration); the
/// ATLAS pilot truncates it to an integer, so it stays a plain decimal.
/// </summary>
public static class MachineFeaturesPlanner
{
    public static PushPlan Plan(RunResult result, string directory, bool legacy)
    {
        ArgumentNullException.ThrowIfNull(result);
        var values = Values(result, legacy);
        return new PushPlan
        {
            Target = "mjf",
            Subject = $"{string.Join(", ", values.Select(v => $"{v.Key} {v.Value}"))} from {EstimateRequirement.Describe(result)} into {directory}",
            Files = values.Select(v => Change(directory, v.Key, v.Value)).ToList(),
        };
    }

    /// <summary>Key to value (without the newline), in the order they are written.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Values(RunResult result, bool legacy)
    {
        ArgumentNullException.ThrowIfNull(result);
        var estimate = EstimateRequirement.Of(result);
        var values = new List<KeyValuePair<string, string>>
        {
            new(MjfKeys.Hs06, PlainNumber.Format(estimate.Value, MjfKeys.Hs06Decimals)),
            new(MjfKeys.TotalCpu, PlainNumber.Whole(PublishGate.LogicalCpus(result))),
        };
        if (legacy)
        {
            // WMTEG draft semantics as Vac and KIT wrote them; DIRAC divides hs06 by min(max(log, phys), jobslots).
            var cpu = result.Probe.Cpu;
            values.Add(new(MjfKeys.JobSlots, PlainNumber.Whole(estimate.Slots)));
            values.Add(new(MjfKeys.PhysCores, PlainNumber.Whole((long)cpu.Sockets * cpu.CoresPerSocket)));
            values.Add(new(MjfKeys.LogCores, PlainNumber.Whole(cpu.OnlineCpus.Count)));
        }

        return values;
    }

    internal static FileChange Change(string directory, string key, string value)
    {
        var path = Path.Combine(directory, key);
        if (Directory.Exists(path))
        {
            throw new PushConfigException($"{path} is a directory, not a key file");
        }

        return new FileChange(path, FileChange.ReadCurrent(path), value + "\n", FileChange.DefaultMode);
    }
}
