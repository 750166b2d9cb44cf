using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

public sealed class CpuInfoParserTests
{
    private const string TwoX86Processors = """
        processor	: 0
        vendor_id	: GenuineIntel
        cpu family	: 6
        model		: 85
        model name	: Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz
        stepping	: 4
        physical id	: 0
        core id		: 3
        flags		: fpu lm hypervisor avx2

        processor	: 1
        vendor_id	: GenuineIntel
        model name	: Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz
        physical id	: 1
        core id		: 0
        flags		: fpu lm hypervisor avx2

        """;

    [Test]
    public void Reads_the_cpu_type_from_the_first_processor_and_every_processor_block()
    {
        var info = CpuInfoParser.Parse(TwoX86Processors);
        Assert.Multiple(() =>
        {
            Assert.That(info.ModelName, Is.EqualTo("Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz"));
            Assert.That(info.Vendor, Is.EqualTo("GenuineIntel"));
            Assert.That((info.Family, info.Model, info.Stepping), Is.EqualTo((6, 85, 4)));
            Assert.That(info.Flags, Is.EqualTo(new[] { "fpu", "lm", "hypervisor", "avx2" }));
            Assert.That(info.Processors, Is.EqualTo(new[] { new CpuInfoProcessor(0, 0, 3), new CpuInfoProcessor(1, 1, 0) }));
        });
    }

    [Test]
    public void Names_an_arm_cpu_from_its_implementer_and_part()
    {
        const string neoverse = """
            processor	: 0
            BogoMIPS	: 50.00
            Features	: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics
            CPU implementer	: 0x41
            CPU architecture: 8
            CPU variant	: 0x3
            CPU part	: 0xd0c
            CPU revision	: 1
            """;
        var info = CpuInfoParser.Parse(neoverse);
        Assert.Multiple(() =>
        {
            Assert.That(info.Vendor, Is.EqualTo("ARM"));
            Assert.That(info.ModelName, Is.EqualTo("Neoverse-N1"));
            Assert.That(info.Flags, Does.Contain("asimd"));
            Assert.That(info.Processors, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void An_unknown_arm_part_keeps_its_hex_id() =>
        Assert.That(CpuInfoParser.Parse("processor : 0\nCPU implementer : 0x41\nCPU part : 0xfff\n").ModelName, Is.EqualTo("0xfff"));

    [Test]
    public void Text_without_processors_yields_none() =>
        Assert.That(CpuInfoParser.Parse("\u0001\u0002 garbage\nno colon here\n").Processors, Is.Empty);

    [Test]
    public void A_processor_line_that_is_not_a_number_is_malformed() =>
        Assert.That(() => CpuInfoParser.Parse("processor : zero\n"), Throws.TypeOf<FormatException>());
}
