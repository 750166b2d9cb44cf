using Calibrate.Agent.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Probing;

public sealed class KernelTextTests
{
    [Test]
    public void A_512_cpu_mask_has_no_64_bit_limit()
    {
        var mask = string.Join(',', Enumerable.Repeat("ffffffff", 16));
        Assert.That(KernelText.ParseCpuMask(mask + "\n"), Is.EqualTo(CpuSet.Parse("0-511")));
    }

    [Test]
    public void A_cpulist_with_offline_gaps_keeps_them() =>
        Assert.That(KernelText.ParseCpuList("0-3,8-11\n")!.Count, Is.EqualTo(8));

    [Test]
    public void An_empty_list_is_the_empty_set() => Assert.That(KernelText.ParseCpuList("\n"), Is.EqualTo(CpuSet.Empty));

    [Test]
    public void Absent_files_are_null() => Assert.Multiple(() =>
    {
        Assert.That(KernelText.ParseCpuList(null), Is.Null);
        Assert.That(KernelText.ParseInt(null), Is.Null);
        Assert.That(KernelText.ParseWord("  \n"), Is.Null);
    });

    [TestCase("0-x")]
    [TestCase("3-1")]
    public void A_bad_cpulist_is_malformed(string text) =>
        Assert.That(() => KernelText.ParseCpuList(text), Throws.TypeOf<FormatException>());

    [Test]
    public void A_bad_mask_is_malformed() =>
        Assert.That(() => KernelText.ParseCpuMask("0000000g"), Throws.TypeOf<FormatException>());
}
