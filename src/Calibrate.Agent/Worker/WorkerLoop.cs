using System.Diagnostics;
using System.Globalization;
using Calibrate.Core.Topology;
using Calibrate.Workloads;

namespace Calibrate.Agent.Worker;

/// <summary>
/// The body of one copy: set up and warm up every kernel, report READY, wait for GO, then run rounds of timed,
/// verified iterations until STOP (or the parent goes away, or the hard time limit passes).
/// </summary>
/// <remarks>
/// Each round runs every kernel once, starting at a different kernel per round and per copy, so slow drift of the
/// host spreads evenly over kernels and copies do not run the same kernel in lockstep (randomised interleaved trials,
/// Abedi &amp; Brecht, "Conducting Repeatable Experiments in Highly Variable Cloud Computing Environments", ICPE 2017,
/// doi:10.1145/3030207.3030229).
/// </remarks>
public sealed class WorkerLoop
{
    private readonly IReadOnlyList<IKernel> _kernels;
    private readonly int _copy;
    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly TimeSpan _hardLimit;
    private volatile bool _stop;

    public WorkerLoop(IReadOnlyList<IKernel> kernels, int copy, TextReader input, TextWriter output, TimeSpan hardLimit)
    {
        _kernels = kernels;
        _copy = copy;
        _input = input;
        _output = output;
        _hardLimit = hardLimit;
    }

    /// <summary>Runs the copy; returns the process exit code (0, or 3 when a kernel's output was wrong).</summary>
    public int Run(CpuSet actualCpus)
    {
        ArgumentNullException.ThrowIfNull(actualCpus);
        foreach (var kernel in _kernels)
        {
            kernel.Setup();
            // Warm-up: JIT-compiles the kernel and checks its output before anything is timed.
            if (!Verify(kernel, kernel.RunUnit()))
            {
                return 3;
            }
        }

        Send(new WorkerMessage.Ready(actualCpus));
        var go = _input.ReadLine();
        if (go != WorkerMessage.Go)
        {
            return 0; // The parent gave up (another copy failed, or Ctrl-C) before the start.
        }

        var watcher = new Thread(WatchForStop) { IsBackground = true, Name = "stop-watcher" };
        watcher.Start();
        var limit = Stopwatch.StartNew();
        for (var round = 0; !_stop && limit.Elapsed < _hardLimit; round++)
        {
            for (var i = 0; i < _kernels.Count && !_stop; i++)
            {
                var index = (round + _copy + i) % _kernels.Count;
                var kernel = _kernels[index];
                // Collect the previous iteration's garbage outside the timing, so that each sample starts from the
                // same heap state and no iteration pays for another's allocations (as BenchmarkDotNet does).
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
                var start = Stopwatch.GetTimestamp();
                var checksum = kernel.RunUnit();
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                if (!Verify(kernel, checksum))
                {
                    return 3;
                }

                Send(new WorkerMessage.Sample(index, seconds));
            }
        }

        Send(new WorkerMessage.Done());
        return 0;
    }

    private bool Verify(IKernel kernel, ulong checksum)
    {
        if (checksum == kernel.ExpectedChecksum)
        {
            return true;
        }

        Send(new WorkerMessage.ChecksumMismatch(string.Create(
            CultureInfo.InvariantCulture,
            $"{kernel.Name} produced checksum {checksum:x16}, expected {kernel.ExpectedChecksum:x16}")));
        return false;
    }

    private void WatchForStop()
    {
        // STOP, or end of input (the parent died), both end the copy after its current iteration.
        string? line;
        while ((line = _input.ReadLine()) is not null && line != WorkerMessage.Stop)
        {
        }

        _stop = true;
    }

    private void Send(WorkerMessage message)
    {
        _output.WriteLine(message.Format());
        _output.Flush();
    }
}
