using Calibrate.Workloads;

namespace Calibrate.Agent.Tests.Worker;

/// <summary>
/// A kernel whose checksum can be made wrong from a given iteration on: the worker's verification is what is under
/// test. It can also take at least a given time a unit (it sleeps) and allocate a given number of bytes a unit.
/// </summary>
internal sealed class CountingKernel(string name, int wrongFromIteration = int.MaxValue) : IKernel
{
    private int _iterations;

    public string Name => name;

    public string Description => "test kernel";

    public double ReferenceSeconds => 1;

    public ulong ExpectedChecksum => 42;

    public bool SetUp { get; private set; }

    public int Iterations => _iterations;

    /// <summary>Each unit sleeps this long (so it lasts at least this long).</summary>
    public TimeSpan UnitTime { get; init; }

    /// <summary>Each unit allocates about this many bytes, in 1000-byte arrays it drops.</summary>
    public int AllocatedBytesPerUnit { get; init; }

    public void Setup() => SetUp = true;

    public ulong RunUnit()
    {
        _iterations++;
        Thread.SpinWait(1000);
        if (UnitTime > TimeSpan.Zero)
        {
            Thread.Sleep(UnitTime);
        }

        for (var allocated = 0; allocated < AllocatedBytesPerUnit; allocated += 1000)
        {
            GC.KeepAlive(new byte[1000]);
        }

        return _iterations >= wrongFromIteration ? 41UL : 42UL;
    }
}
