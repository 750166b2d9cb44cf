using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

public sealed class CpuFreqParserTests
{
    [Test]
    public void Max_mhz_is_the_highest_cpuinfo_max_freq() =>
        Assert.That(CpuFreqParser.MaxMHz(["3800000\n", "3200000\n", null]), Is.EqualTo(3800.0));

    [Test]
    public void A_node_without_cpufreq_has_no_max_mhz() => Assert.That(CpuFreqParser.MaxMHz([null, null]), Is.Null);

    [TestCase("1\n", null, true)]
    [TestCase("0\n", null, false)]
    [TestCase(null, "0\n", true)]
    [TestCase(null, "1\n", false)]
    [TestCase(null, null, null)]
    public void Boost_comes_from_cpufreq_boost_or_intel_pstate_no_turbo(string? boost, string? noTurbo, bool? expected) =>
        Assert.That(CpuFreqParser.Boost(boost, noTurbo), Is.EqualTo(expected));
}
