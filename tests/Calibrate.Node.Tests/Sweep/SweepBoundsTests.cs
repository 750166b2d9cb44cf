using Calibrate.Node.Hosting;
using Calibrate.Node.Sweep;

namespace Calibrate.Node.Tests.Sweep;

/// <summary>A sweep's copy counts are bounded by the node before any cell is planned (issue 15, defect 12).</summary>
public sealed class SweepBoundsTests
{
    [TestCase("1..99999")]
    [TestCase("9")]
    [TestCase("1..2147483647")]
    public void Counts_beyond_four_per_allowed_cpu_are_refused(string spec)
    {
        var error = Assert.Throws<InputException>(() => SweepMatrix.ParseCopies(spec, 2));
        Assert.That(error!.Message, Does.Contain("from 1 to 8"));
    }
}
