using System.Globalization;
using Calibrate.Core.Results;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.JobEnvironments;

namespace Calibrate.Pushers.Mjf;

/// <summary>
/// Plans $JOBFEATURES for one job, from a batch prolog: every static key of HSF-TN-2016-02 that is known
/// (<see cref="MjfKeys.JobKeys"/>), each in its own file, a key that is not known left out. `hs06_job` is the "total
/// HS06 rating for the processors allocated to this job ... calculated by the resource provider from per-processor
/// HS06 measurements"; with equal processors that is hs06 × allocated_cpu / total_cpu, what Vac writes
/// (hs06_per_processor × processors, integration.md 1.4). Times and sizes are whole seconds and bytes, the job id
/// printable non-blank ASCII, as the note asks.
/// </summary>
public static class JobFeaturesPlanner
{
    /// <summary>`push jobfeatures`: allocated_cpu and hs06_job from a stored result.</summary>
    public static PushPlan Plan(RunResult result, string directory, int allocatedCpu) =>
        Plan(MachineFigure.Of(result), directory, new JobFacts { AllocatedCpu = allocatedCpu });

    /// <param name="machine">The machine's figure; null when the node has published none (hs06_job is then left out).</param>
    /// <param name="directory">The job's features directory.</param>
    /// <param name="job">What the job's environment says.</param>
    public static PushPlan Plan(MachineFigure? machine, string directory, JobFacts job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var values = Values(machine, job);
        var source = machine is null ? "the job's environment" : $"{machine.Source} and the job's environment";
        return new PushPlan
        {
            Target = "jobfeatures",
            Subject = $"{string.Join(", ", values.Select(v => $"{v.Key} {v.Value}"))} from {source} into {directory}",
            Files = values.Select(v => MachineFeaturesPlanner.Change(directory, v.Key, v.Value)).ToList(),
        };
    }

    /// <summary>Key to value (without the newline), in the note's order, known keys only.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Values(MachineFigure? machine, JobFacts job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.AllocatedCpu is { } cpus && machine is not null && (cpus < 1 || cpus > machine.TotalCpu))
        {
            throw new PushConfigException($"allocated_cpu {cpus} is outside 1..{machine.TotalCpu} (total_cpu of {machine.Source})");
        }

        if (job.JobId is { } id && (id.Length == 0 || id.Any(c => c is <= ' ' or > '~')))
        {
            throw new PushConfigException($"the job id '{id}' is not printable ASCII without blanks (HSF-TN-2016-02 job_id)");
        }

        var values = new List<KeyValuePair<string, string>>();
        Add(values, MjfKeys.AllocatedCpu, job.AllocatedCpu);
        if (machine is not null && job.AllocatedCpu is { } allocated)
        {
            values.Add(new(MjfKeys.Hs06Job, PlainNumber.Format(machine.Hs06 * allocated / machine.TotalCpu, MjfKeys.Hs06Decimals)));
        }

        Add(values, MjfKeys.JobStartSecs, job.Start?.ToUnixTimeSeconds());
        if (job.JobId is { } jobId)
        {
            values.Add(new(MjfKeys.JobId, jobId));
        }

        Add(values, MjfKeys.WallLimitSecs, Seconds(job.WallLimit, MjfKeys.WallLimitSecs));
        Add(values, MjfKeys.CpuLimitSecs, Seconds(job.CpuLimit, MjfKeys.CpuLimitSecs));
        Add(values, MjfKeys.MaxRssBytes, job.MaxRssBytes);
        Add(values, MjfKeys.MaxSwapBytes, job.MaxSwapBytes);
        Add(values, MjfKeys.ScratchLimitBytes, job.ScratchLimitBytes);
        return values;
    }

    private static long? Seconds(TimeSpan? span, string key) => span switch
    {
        null => null,
        { Ticks: < 0 } negative => throw new PushConfigException(string.Create(CultureInfo.InvariantCulture, $"{key} would be {negative.TotalSeconds} s: a limit cannot be negative")),
        { } value => (long)Math.Floor(value.TotalSeconds),
    };

    private static void Add(List<KeyValuePair<string, string>> values, string key, long? value)
    {
        if (value is { } v)
        {
            values.Add(new(key, PlainNumber.Whole(v)));
        }
    }
}
