using System.Diagnostics;
using System.Globalization;
using Calibrate.Agent.Interference;
using Calibrate.Agent.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Cli.Tests.Boot;

/// <summary>
/// The load on this node, for the tests whose outcome depends on it: how busy the CPUs are (from /proc/stat, as the
/// interference monitor reads it), and a competing load, a busy loop pinned to one CPU, for as long as it is held.
/// </summary>
internal sealed class NodeLoad : IDisposable
{
    /// <summary>What the node may run beside a measurement that should count as quiet: a quarter of a CPU.</summary>
    public const double QuietCpus = 0.25;

    private readonly Process _loop;

    private NodeLoad(Process loop) => _loop = loop;

    /// <summary>The CPUs this process may run on.</summary>
    public static CpuSet AllowedCpus => ProcStatusParser.ParseCpusAllowed(File.ReadAllText("/proc/self/status"))
        ?? throw new InvalidOperationException("/proc/self/status names no allowed CPUs");

    /// <summary>Starts a busy loop pinned to <paramref name="cpu"/> (taskset, util-linux) and waits until it runs.</summary>
    public static NodeLoad Start(int cpu)
    {
        var start = new ProcessStartInfo("taskset") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", cpu.ToString(CultureInfo.InvariantCulture), "sh", "-c", "while :; do :; done" })
        {
            start.ArgumentList.Add(argument);
        }

        var load = new NodeLoad(Process.Start(start)!);
        var clock = Stopwatch.StartNew();
        while (load._loop.TotalProcessorTime < TimeSpan.FromMilliseconds(200))
        {
            Assert.That(load._loop.HasExited, Is.False, "the busy loop ended");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "the busy loop never got a CPU");
            Thread.Sleep(50);
            load._loop.Refresh();
        }

        return load;
    }

    /// <summary>
    /// Waits up to <paramref name="limit"/> for a window of two seconds in which everything running on the allowed CPUs
    /// took less than <see cref="QuietCpus"/>; where there is none, the test is not run: failed under CI=true (a CI
    /// node runs nothing else), inconclusive elsewhere (a shared build machine).
    /// </summary>
    public static void RequireQuiet(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        double busy;
        do
        {
            busy = BusyCpus(AllowedCpus, TimeSpan.FromSeconds(2));
            if (busy < QuietCpus)
            {
                return;
            }
        }
        while (clock.Elapsed < limit);

        var why = string.Create(CultureInfo.InvariantCulture, $"the node is not quiet: {busy:F2} CPUs busy with other work (a quiet node runs less than {QuietCpus} beside a measurement)");
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(why);
        }

        Assert.Inconclusive(why);
    }

    /// <summary>CPUs' worth of busy time on <paramref name="cpus"/> over <paramref name="window"/>.</summary>
    public static double BusyCpus(CpuSet cpus, TimeSpan window)
    {
        var before = Read(cpus);
        Thread.Sleep(window);
        var delta = Read(cpus) - before;
        return delta.Total == 0 ? 0 : (double)delta.Busy / delta.Total * cpus.Count;
    }

    public void Dispose()
    {
        _loop.Kill(entireProcessTree: true);
        _loop.WaitForExit();
        _loop.Dispose();
    }

    private static CpuTimes Read(CpuSet cpus)
    {
        var lines = ProcStatParser.ParseCpuLines(File.ReadAllText("/proc/stat"));
        return cpus.Aggregate(default(CpuTimes), (sum, cpu) => lines.TryGetValue(cpu, out var times) ? sum + times : sum);
    }
}
