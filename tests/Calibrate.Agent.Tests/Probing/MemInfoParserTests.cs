using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

public sealed class MemInfoParserTests
{
    [Test]
    public void Reads_mem_total_in_kib() =>
        Assert.That(MemInfoParser.ParseMemTotalKiB("MemTotal:       24684092 kB\nMemFree:        22899248 kB\n"), Is.EqualTo(24684092L));

    [Test]
    public void Meminfo_without_mem_total_has_none() => Assert.That(MemInfoParser.ParseMemTotalKiB("MemFree: 1 kB\n"), Is.Null);
}
