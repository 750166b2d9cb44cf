using System.Diagnostics;
using Calibrate.Core.Results;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Interference;

/// <summary>
/// Samples, while the copies run, what else the node does: steal time and busy time of the measured CPUs from
/// /proc/stat, the copies' own CPU time from /proc/PID/stat, the load average and the CPU frequency. What is busy
/// but not ours is other processes' load.
/// </summary>
public sealed class InterferenceMonitor : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly CpuSet _cpus;
    private readonly Func<IReadOnlyList<int>> _ourPids;
    private readonly List<InterferenceSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Task? _loop;
    private CpuTimes _firstCpu;
    private long _firstOurTicks;
    private CpuTimes _lastCpu;
    private long _lastOurTicks;

    public InterferenceMonitor(CpuSet cpus, Func<IReadOnlyList<int>> ourPids)
    {
        _cpus = cpus;
        _ourPids = ourPids;
    }

    public void Start()
    {
        (_firstCpu, _firstOurTicks) = (_lastCpu, _lastOurTicks) = Read();
        _clock.Restart();
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                SampleOnce();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by Stop/Dispose.
        }
    }

    private void SampleOnce()
    {
        var (cpu, ours) = Read();
        var delta = cpu - _lastCpu;
        var ourDelta = ours - _lastOurTicks;
        (_lastCpu, _lastOurTicks) = (cpu, ours);
        if (delta.Total <= 0)
        {
            return;
        }

        var load = TryRead("/proc/loadavg") is { } l ? ProcStatParser.ParseLoadAverage(l) : 0;
        var mhz = TryRead("/proc/cpuinfo") is { } c ? ProcStatParser.ParseMeanMHz(c, _cpus.ToHashSet()) : null;
        lock (_samples)
        {
            _samples.Add(new InterferenceSample(
                Math.Round(_clock.Elapsed.TotalSeconds, 3),
                Fraction((double)delta.Steal / delta.Total),
                Fraction(OtherCpus(delta, ourDelta)),
                load,
                mhz is { } m ? Math.Round(m, 1) : null));
        }
    }

    /// <summary>Stops sampling and summarises from the first to the last reading.</summary>
    public async Task<InterferenceSummary> StopAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        SampleOnce();
        var (cpu, ours) = (_lastCpu - _firstCpu, _lastOurTicks - _firstOurTicks);
        InterferenceSample[] samples;
        lock (_samples)
        {
            samples = [.. _samples];
        }

        var mhz = samples.Where(s => s.FrequencyMHz is not null).Select(s => s.FrequencyMHz!.Value).ToArray();
        return new InterferenceSummary
        {
            SampleCount = samples.Length,
            StealFraction = cpu.Total > 0 ? Fraction((double)cpu.Steal / cpu.Total) : 0,
            OtherProcessesCpus = Fraction(OtherCpus(cpu, ours)),
            LoadAverageMax = samples.Length > 0 ? samples.Max(s => s.LoadAverage) : 0,
            FrequencyMHzMin = mhz.Length > 0 ? mhz.Min() : null,
            FrequencyMHzMax = mhz.Length > 0 ? mhz.Max() : null,
            FrequencyMHzMean = mhz.Length > 0 ? Math.Round(mhz.Average(), 1) : null,
            Samples = samples,
        };
    }

    /// <summary>Busy ticks of the measured CPUs not spent by our processes, in CPUs (ticks per CPU-interval).</summary>
    private double OtherCpus(CpuTimes delta, long ourTicks)
    {
        var wallTicksPerCpu = (double)delta.Total / Math.Max(1, _cpus.Count);
        return wallTicksPerCpu <= 0 ? 0 : Math.Max(0, delta.Busy - ourTicks) / wallTicksPerCpu;
    }

    private (CpuTimes Cpu, long OurTicks) Read()
    {
        var lines = TryRead("/proc/stat") is { } s ? ProcStatParser.ParseCpuLines(s) : new Dictionary<int, CpuTimes>();
        var sum = default(CpuTimes);
        foreach (var cpu in _cpus)
        {
            if (lines.TryGetValue(cpu, out var t))
            {
                sum += t;
            }
        }

        long ours = 0;
        foreach (var pid in _ourPids())
        {
            if (TryRead($"/proc/{pid}/stat") is { } stat)
            {
                ours += ProcStatParser.ParseProcessTicks(stat);
            }
        }

        return (sum, ours);
    }

    /// <summary>
    /// Readings built from 10 ms ticks over a second carry no more than a few significant digits; recording them
    /// to 1e-6 keeps every real digit and spares the result 17-digit noise (shorter JSON, cheaper to store).
    /// </summary>
    private static double Fraction(double value) => Math.Round(value, 6);

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stop.Dispose();
    }
}
