using Calibrate.Statistics.Priors;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Priors;

/// <summary>
/// The model-name normaliser on every CPU name of the HEPiX HS23 table and of the captured sysroots, against the
/// Python reference (prior_vectors.json), and on the cases the rule is written for.
/// </summary>
public sealed class CpuModelKeyTests
{
    [Test]
    public void Writes_every_name_of_the_table_and_the_captures_as_the_reference_does()
    {
        var reference = TestFiles.Vectors("prior_vectors.json").GetProperty("normalised").EnumerateObject().ToArray();
        Assert.That(reference.Select(p => p.Name), Is.SupersetOf(ShippedHs23Table.Table.Rows.Select(r => r.Cpu).Distinct()));
        Assert.Multiple(() =>
        {
            foreach (var name in reference)
            {
                Assert.That(CpuModelKey.Of(name.Name), Is.EqualTo(name.Value.GetString()), name.Name);
            }
        });
    }

    [TestCase("Intel(R) Xeon(R) CPU E5-2630 v3 @ 2.40GHz", "xeon e5-2630 v3")]
    [TestCase("Intel(R) Xeon(R) CPU E5-2630v3 @ 2.40GHz", "xeon e5-2630 v3")]
    [TestCase("Intel(R) Xeon(R) CPU           E5520  @ 2.27GHz", "xeon e5520")]
    [TestCase("Intel(R) Xeon(R) CPU E5-2620 0 @ 2.00GHz", "xeon e5-2620")]
    [TestCase("Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", "xeon gold 6326")]
    [TestCase("INTEL(R) XEON(R) GOLD 6530", "xeon gold 6530")]
    [TestCase("Intel (R) Xeon (R) CPU Max 9480", "xeon max 9480")]
    [TestCase("AMD EPYC 7302 16-Core Processor", "epyc 7302")]
    [TestCase("AMD EPYC 7302P 16-Core Processor", "epyc 7302p")]
    [TestCase("AMD Opteron(tm) Processor 6328", "opteron 6328")]
    [TestCase("Neoverse-N1 - Ampere(R) Altra(R) Max Processor M128-30 3.00GHz", "neoverse-n1")]
    [TestCase("Neoverse-N1", "neoverse-n1")]
    [TestCase("Intel(R) Xeon(R) Platinum 8592+", "xeon platinum 8592+")]
    [TestCase("AMD EPYC", "epyc")]
    [TestCase("Intel Core Processor (Haswell, no TSX, IBRS)", "core (haswell, no tsx, ibrs)")]
    [TestCase("  Intel(R)\tCore(TM) i5-3317U CPU @ 1.70GHz ", "core i5-3317u")]
    public void Drops_marks_clocks_core_counts_and_vendor_words(string name, string expected) =>
        Assert.That(CpuModelKey.Of(name), Is.EqualTo(expected));

    [Test]
    public void Is_idempotent_on_the_table()
    {
        foreach (var row in ShippedHs23Table.Table.Rows)
        {
            Assert.That(CpuModelKey.Of(row.Model), Is.EqualTo(row.Model), row.Cpu);
        }
    }

    [Test]
    public void A_generic_name_does_not_match_a_numbered_model() =>
        Assert.That(ShippedHs23Table.Table.Rows.Select(r => r.Model), Does.Not.Contain(CpuModelKey.Of("AMD EPYC")));
}
