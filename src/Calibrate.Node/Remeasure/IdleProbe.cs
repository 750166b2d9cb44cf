using Calibrate.Agent.Interference;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Processes;

namespace Calibrate.Node.Remeasure;

/// <summary>Takes the idle readings of this node: /proc/loadavg, /proc/stat over a window, and the batch system's jobs on it.</summary>
public sealed class IdleProbe(NodeEnvironment environment)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public async Task<IdleReadings> ReadAsync(string? scheduler, string node, TimeSpan window, CancellationToken cancellation)
    {
        var before = Total(await File.ReadAllTextAsync("/proc/stat", cancellation));
        await Task.Delay(window, cancellation);
        var delta = Total(await File.ReadAllTextAsync("/proc/stat", cancellation)) - before;
        var load = ProcStatParser.ParseLoadAverage(await File.ReadAllTextAsync("/proc/loadavg", cancellation));
        var jobs = scheduler is null or "none" ? null : await JobsAsync(scheduler, node, cancellation);
        return new IdleReadings(Environment.ProcessorCount, load, delta.Total > 0 ? (double)delta.Busy / delta.Total : 0, jobs);
    }

    private async Task<IReadOnlyList<string>> JobsAsync(string scheduler, string node, CancellationToken cancellation)
    {
        var command = JobQuery.For(scheduler, node);
        var result = await CommandRunners.Executor(environment, RetryPolicy.Once with { Timeout = TimeSpan.FromSeconds(30) }).RunAsync(command, cancellation);
        return JobQuery.Parse(scheduler, result.StandardOutput);
    }

    private static CpuTimes Total(string procStat) =>
        ProcStatParser.ParseCpuLines(procStat).Values.Aggregate(default(CpuTimes), (sum, cpu) => sum + cpu);
}
