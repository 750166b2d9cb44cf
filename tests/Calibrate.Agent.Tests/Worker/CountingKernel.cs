using Calibrate.Workloads;

namespace Calibrate.Agent.Tests.Worker;

/// <summary>A kernel whose checksum can be made wrong from a given iteration on: the worker's verification is what is under test.</summary>
internal sealed class CountingKernel(string name, int wrongFromIteration = int.MaxValue) : IKernel
{
    private int _iterations;

    public string Name => name;

    public string Description => "test kernel";

    public double ReferenceSeconds => 1;

    public ulong ExpectedChecksum => 42;

    public bool SetUp { get; private set; }

    public int Iterations => _iterations;

    public void Setup() => SetUp = true;

    public ulong RunUnit()
    {
        _iterations++;
        Thread.SpinWait(1000);
        return _iterations >= wrongFromIteration ? 41UL : 42UL;
    }
}
