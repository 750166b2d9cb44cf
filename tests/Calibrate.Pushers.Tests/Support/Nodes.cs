using Calibrate.TestSupport.Results;

namespace Calibrate.Pushers.Tests.Support;

/// <summary>The node the pushers' tests publish: 64 copies on a 2-socket SMT EPYC, HS06 812.345, CPU factor 12.54.</summary>
public static class Nodes
{
    public static TestResult Worker { get; } = new TestResult { Copies = 64, Sockets = 2, ThreadsPerCore = 2, EstimateValue = 812.345, EstimateRelativeHalfWidth = 0.02 }.WithCpuFactor(12.54);
}
