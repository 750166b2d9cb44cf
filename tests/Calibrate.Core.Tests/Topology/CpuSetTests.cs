using Calibrate.Core.Topology;

namespace Calibrate.Core.Tests.Topology;

public sealed class CpuSetTests
{
    [TestCase("0-3,8,10-11", new[] { 0, 1, 2, 3, 8, 10, 11 })]
    [TestCase("5", new[] { 5 })]
    [TestCase(" 0,1 \n", new[] { 0, 1 })]
    [TestCase("", new int[0])]
    public void Parses_the_kernel_cpulist_format(string text, int[] expected) =>
        Assert.That(CpuSet.Parse(text), Is.EqualTo(expected));

    [TestCase("0-3,8,10-11")]
    [TestCase("0,2,4")]
    [TestCase("0-511")]
    public void Prints_compact_ranges_that_parse_back(string text) =>
        Assert.That(CpuSet.Parse(text).ToString(), Is.EqualTo(text));

    [Test]
    public void Has_no_64_cpu_limit()
    {
        var set = CpuSet.Parse("0-1023");
        Assert.That(set, Has.Count.EqualTo(1024));
        Assert.That(set.Contains(1023), Is.True);
        Assert.That(set.Contains(1024), Is.False);
    }

    [TestCase("3-1")]
    [TestCase("a")]
    [TestCase("1,,2")]
    [TestCase("-1")]
    public void Rejects_malformed_lists_with_a_message_naming_the_part(string text)
    {
        Assert.That(CpuSet.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(text.Split(',')[0].Length > 0 ? text.Split(',')[0] : text));
    }

    [TestCase("0000000f", "0-3")]
    [TestCase("00000000,00000001,80000000", "31-32")]
    [TestCase("ff", "0-7")]
    public void Parses_hex_masks_of_any_width(string mask, string expected) =>
        Assert.That(CpuSet.ParseMask(mask).ToString(), Is.EqualTo(expected));

    [Test]
    public void Set_operations_keep_order_and_uniqueness()
    {
        var a = CpuSet.Parse("0-5");
        var b = CpuSet.Parse("4-9");
        Assert.Multiple(() =>
        {
            Assert.That(a.Intersect(b).ToString(), Is.EqualTo("4-5"));
            Assert.That(a.Except(b).ToString(), Is.EqualTo("0-3"));
            Assert.That(a.Union(b).ToString(), Is.EqualTo("0-9"));
            Assert.That(CpuSet.Parse("4-5").IsSubsetOf(a), Is.True);
            Assert.That(b.IsSubsetOf(a), Is.False);
            Assert.That(CpuSet.Of([3, 1, 3, 2]), Is.EqualTo(CpuSet.Parse("1-3")));
        });
    }
}
