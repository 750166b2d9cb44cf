using Calibrate.Agent.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Probing;

public sealed class ProcStatusParserTests
{
    [Test]
    public void Reads_cpus_allowed_list_beyond_64_cpus() =>
        Assert.That(
            ProcStatusParser.ParseCpusAllowed("Name:\tcp\nCpus_allowed:\tff\nCpus_allowed_list:\t0-511\nMems_allowed_list:\t0\n"),
            Is.EqualTo(CpuSet.Range(0, 512)));

    [Test]
    public void Falls_back_to_the_hex_mask_of_old_kernels()
    {
        // 96 bits: CPUs 0-3 and 64-67, across the comma-separated 32-bit words.
        Assert.That(
            ProcStatusParser.ParseCpusAllowed("Cpus_allowed:\t0000000f,00000000,0000000f\n"),
            Is.EqualTo(CpuSet.Parse("0-3,64-67")));
    }

    [Test]
    public void A_status_without_cpus_allowed_does_not_constrain() =>
        Assert.That(ProcStatusParser.ParseCpusAllowed("Name:\tcp\n"), Is.Null);
}
