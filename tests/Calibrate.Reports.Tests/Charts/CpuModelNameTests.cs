using Calibrate.Reports.Charts;

namespace Calibrate.Reports.Tests.Charts;

public sealed class CpuModelNameTests
{
    [TestCase("Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", "Intel Xeon Gold 6326")]
    [TestCase("AMD EPYC 7302 16-Core Processor", "AMD EPYC 7302 16-Core")]
    [TestCase("CPU model 07", "CPU model 07")]
    [TestCase("QEMU Virtual CPU version 2.5+", "QEMU Virtual CPU version 2.5+")]
    public void Abbreviates_what_every_model_repeats(string model, string expected) =>
        Assert.That(CpuModelName.Abbreviate(model), Is.EqualTo(expected));
}
