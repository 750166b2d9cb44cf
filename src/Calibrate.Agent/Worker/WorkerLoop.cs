using System.Diagnostics;
using System.Globalization;
using Calibrate.Core.Topology;
using Calibrate.Workloads;
using Calibrate.Workloads.Probes;

namespace Calibrate.Agent.Worker;

/// <summary>
/// The body of one copy: set up, warm up and time a few units of every kernel, report READY with the unit times, wait
/// for GO (which says how many units each sample times and whether rounds run in lockstep), then run rounds of timed,
/// verified samples and the noise probes until STOP (or the parent goes away, or the hard time limit passes).
/// </summary>
/// <remarks>
/// A sample is K units of one kernel, K chosen by the parent from every copy's warm-up so that a sample takes about the
/// same time on any node; its value is seconds per unit, which is what the reference seconds are for. In lockstep
/// every copy runs the kernels in the same order and waits for NEXT after each round, so all copies run the same
/// kernel at the same moment, as SPEC rate runs do; otherwise the order is rotated per round and per copy
/// (randomised interleaved trials: Abedi and Brecht, "Conducting Repeatable Experiments in Highly Variable Cloud
/// Computing Environments", ICPE 2017, doi:10.1145/3030207.3030229).
/// <para>
/// Garbage collection: a kernel whose warm-up units allocated (xalancbmk and omnetpp) gets a full blocking GC before
/// each sample, as every sample did when the reference seconds were fixed, so its samples start from the same heap
/// state as theirs. The other seven allocate nothing and get none: a full GC before them collected nothing, cost
/// about 6 ms a sample (55 ms of a 600 ms round with two copies here, and five times that on a node five times
/// slower, where it was a sixth of the measurement), and only moved their caches. Measured on the development
/// machine's kind (2026-12-02, `calibrate probe`: AMD EPYC family 26, 2 vCPUs, KVM; a standard run of two copies,
/// rounds alternating the two rules): the median ratio of a kernel's sample under this rule to the one in the round
/// before under a GC before every sample is 0.9987 over 5948 pairs (95% bootstrap 0.9978 to 0.9999; per kernel 0.993
/// to 1.001), so scores move by about +0.1% against the reference, well inside their run-to-run spread, and the
/// GC's share of a round fell from 55 ms to 20 ms.
/// </para>
/// </remarks>
public sealed class WorkerLoop
{
    /// <summary>Units of each kernel timed at warm-up (the fastest counts), after the one untimed unit that JIT-compiles and verifies it.</summary>
    public const int CalibrationUnits = 3;

    /// <summary>
    /// The warm-up of a kernel stops timing units once they have taken this long (at least one): over twice a sample's
    /// target (40 ms), so on a node where a unit is longer than that, one or two units decide that a sample is one unit.
    /// </summary>
    public static readonly TimeSpan CalibrationTime = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A kernel whose warm-up units allocated more than this a unit gets a full GC before each sample (xalancbmk about
    /// 7.9 MB a unit, omnetpp 3.6 MB; the other kernels allocate nothing, mctransport 72 bytes).
    /// </summary>
    public const long AllocatingBytesPerUnit = 64 * 1024;

    private readonly IReadOnlyList<IKernel> _kernels;
    private readonly IReadOnlyList<INoiseProbe> _probes;
    private readonly int _copy;
    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly TimeSpan _hardLimit;
    private readonly bool[] _allocates;
    private readonly object _gate = new();
    private int _roundsReleased;
    private volatile bool _stop;

    public WorkerLoop(IReadOnlyList<IKernel> kernels, IReadOnlyList<INoiseProbe> probes, int copy, TextReader input, TextWriter output, TimeSpan hardLimit)
    {
        _kernels = kernels;
        _probes = probes;
        _copy = copy;
        _input = input;
        _output = output;
        _hardLimit = hardLimit;
        _allocates = new bool[kernels.Count];
    }

    /// <summary>Runs the copy; returns the process exit code (0, or 3 when a kernel's output was wrong).</summary>
    public int Run(CpuSet actualCpus)
    {
        ArgumentNullException.ThrowIfNull(actualCpus);
        var unitSeconds = new double[_kernels.Count];
        for (var k = 0; k < _kernels.Count; k++)
        {
            var kernel = _kernels[k];
            kernel.Setup();
            // Warm-up: JIT-compiles the kernel and checks its output before anything is timed, then times a few units.
            if (!Verify(kernel, kernel.RunUnit()))
            {
                return 3;
            }

            // The fastest of a few units: a unit the scheduler interrupted says nothing about the work's own length.
            // Units longer than a sample's target end the warm-up early: the sample will be one unit whatever the
            // fastest is, and on a slow node the warm-up's time is the measurement's.
            unitSeconds[k] = double.PositiveInfinity;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var timed = 0;
            for (var warm = TimeSpan.Zero; timed < CalibrationUnits && warm < CalibrationTime; timed++)
            {
                var start = Stopwatch.GetTimestamp();
                if (!Verify(kernel, kernel.RunUnit()))
                {
                    return 3;
                }

                var elapsed = Stopwatch.GetElapsedTime(start);
                warm += elapsed;
                unitSeconds[k] = Math.Min(unitSeconds[k], elapsed.TotalSeconds);
            }

            _allocates[k] = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / timed > AllocatingBytesPerUnit;
        }

        foreach (var probe in _probes)
        {
            probe.Setup();
            if (!Verify(probe.Name, probe.Run(), probe.ExpectedChecksum))
            {
                return 3;
            }
        }

        Send(new WorkerMessage.Ready(actualCpus, unitSeconds));
        if (WorkerMessage.ParseGo(_input.ReadLine()) is not var (unitsPerSample, lockstep) || unitsPerSample.Count != _kernels.Count)
        {
            return 0; // The parent gave up (another copy failed, or Ctrl-C) before the start.
        }

        var watcher = new Thread(WatchInput) { IsBackground = true, Name = "input-watcher" };
        watcher.Start();
        var limit = Stopwatch.StartNew();
        for (var round = 0; !_stop && limit.Elapsed < _hardLimit; round++)
        {
            for (var i = 0; i < _kernels.Count && !_stop; i++)
            {
                var index = (round + (lockstep ? 0 : _copy) + i) % _kernels.Count;
                if (TimeSample(index, unitsPerSample[index]) is not { } seconds)
                {
                    return 3;
                }

                Send(new WorkerMessage.Sample(index, seconds));
            }

            for (var p = 0; p < _probes.Count && !_stop; p++)
            {
                var start = Stopwatch.GetTimestamp();
                var checksum = _probes[p].Run();
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                if (!Verify(_probes[p].Name, checksum, _probes[p].ExpectedChecksum))
                {
                    return 3;
                }

                Send(new WorkerMessage.ProbeSample(p, seconds));
            }

            Send(new WorkerMessage.RoundDone(round));
            if (lockstep)
            {
                WaitForRound(round + 1);
            }
        }

        Send(new WorkerMessage.Done());
        return 0;
    }

    /// <summary>Seconds per unit of <paramref name="units"/> units of one kernel, each verified; null when one was wrong.</summary>
    private double? TimeSample(int index, int units)
    {
        var kernel = _kernels[index];
        if (_allocates[index])
        {
            // Collect the garbage of earlier samples outside the timing, so that every sample of a kernel that
            // allocates starts from the same heap state and pays for no other sample's allocations (as
            // BenchmarkDotNet does). Kernels that allocate nothing have nothing to collect: see the remarks.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        }

        var start = Stopwatch.GetTimestamp();
        for (var u = 0; u < units; u++)
        {
            if (!Verify(kernel, kernel.RunUnit()))
            {
                return null;
            }
        }

        return Stopwatch.GetElapsedTime(start).TotalSeconds / units;
    }

    private bool Verify(IKernel kernel, ulong checksum) => Verify(kernel.Name, checksum, kernel.ExpectedChecksum);

    private bool Verify(string name, ulong checksum, ulong expected)
    {
        if (checksum == expected)
        {
            return true;
        }

        Send(new WorkerMessage.ChecksumMismatch(string.Create(
            CultureInfo.InvariantCulture,
            $"{name} produced checksum {checksum:x16}, expected {expected:x16}")));
        return false;
    }

    private void WatchInput()
    {
        // STOP, or end of input (the parent died), end the copy after its current sample; NEXT starts the next round.
        string? line;
        while ((line = _input.ReadLine()) is not null && line != WorkerMessage.Stop)
        {
            if (line == WorkerMessage.Next)
            {
                lock (_gate)
                {
                    _roundsReleased++;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        lock (_gate)
        {
            _stop = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Lockstep: waits until the parent has released <paramref name="rounds"/> rounds, or stops the copy.</summary>
    private void WaitForRound(int rounds)
    {
        lock (_gate)
        {
            while (_roundsReleased < rounds && !_stop)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    private void Send(WorkerMessage message)
    {
        _output.WriteLine(message.Format());
        _output.Flush();
    }
}
