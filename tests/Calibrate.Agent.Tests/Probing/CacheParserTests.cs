using Calibrate.Agent.Probing;
using Calibrate.Core.Probing;

namespace Calibrate.Agent.Tests.Probing;

public sealed class CacheParserTests
{
    private static CacheIndexText Index(int cpu, int level, string type, string size, string shared) =>
        new(cpu) { Level = level + "\n", Type = type + "\n", Size = size + "\n", SharedCpuList = shared + "\n" };

    [Test]
    public void Counts_instances_by_the_cpus_that_share_them()
    {
        var indexes = new[]
        {
            Index(0, 1, "Data", "48K", "0"), Index(0, 2, "Unified", "1024K", "0"), Index(0, 3, "Unified", "32768K", "0-1"),
            Index(1, 1, "Data", "48K", "1"), Index(1, 2, "Unified", "1024K", "1"), Index(1, 3, "Unified", "32768K", "0-1"),
        };
        Assert.That(CacheParser.Parse(indexes), Is.EqualTo(new[]
        {
            new CacheLevel(1, "Data", 48, 2), new CacheLevel(2, "Unified", 1024, 2), new CacheLevel(3, "Unified", 32768, 1),
        }));
    }

    [TestCase("32K", 32)]
    [TestCase("6M", 6144)]
    [TestCase("1G", 1048576)]
    [TestCase("65536", 64)]
    [TestCase("", 0)]
    public void Reads_kernel_cache_sizes(string text, long kib) => Assert.That(CacheParser.ParseSizeKiB(text), Is.EqualTo(kib));

    [Test]
    public void A_size_that_is_not_a_size_is_malformed() =>
        Assert.That(() => CacheParser.ParseSizeKiB("lots"), Throws.TypeOf<FormatException>());
}
