using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Tests.Determinism;

[TestFixture]
public sealed class SplitMix64Tests
{
    [Test]
    public void Seed_zero_reproduces_the_reference_splitmix64_c_outputs()
    {
        var generator = new SplitMix64(0);

        Assert.That(
            new[] { generator.Next(), generator.Next(), generator.Next() },
            Is.EqualTo(new[] { 0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL }));
    }
}
