using Calibrate.Statistics.Priors;

namespace Calibrate.Statistics.Tests.Priors;

public sealed class SiteKeyTests
{
    [TestCase("CA_UVic_Cloud", "CA-UVIC-CLOUD")]
    [TestCase("CA-UVic-Cloud", "CA-UVIC-CLOUD")]
    [TestCase("JP-KEK-CRC-02 (KEKCC-2024)", "JP-KEK-CRC-02")]
    [TestCase("JP-KEK-CRC-02 (KEKCC-2020)", "JP-KEK-CRC-02")]
    [TestCase("SCOTGRID_GLASGOW", "UKI-SCOTGRID-GLASGOW")]
    [TestCase("IHEP-new", "IHEP")]
    [TestCase("GridKa-Tier3", "GRIDKA-TIER3")]
    public void Counts_one_site_once(string site, string expected) => Assert.That(SiteKey.Of(site), Is.EqualTo(expected));

    [Test]
    public void The_table_has_34_sites_under_38_names() =>
        Assert.That(ShippedHs23Table.Table.Rows.Select(r => r.SiteKey).Distinct().Count(), Is.EqualTo(34));
}
