using Calibrate.Pushers.Lsf;

namespace Calibrate.Pushers.Tests.Lsf;

/// <summary>`lshosts -w` as LSF prints it (integration.md 2.3: outputs seen in stored sources, CERN's and a dynamic host's).</summary>
public class LsfHostsTableTests
{
    private const string Captured = """
        HOST_NAME      type    model  cpuf ncpus maxmem maxswp server RESOURCES
        node211      X86_64 Intel_EM64T  60.0     8  15.3G      -    Yes (mg)
        b66         SLC6_64 i6_16      2.5    16 29M 19M    Yes (intel share aishare cvmfs wan exe lcg wigner slot15)
        icgen2host-  X86_64 Intel_E5  12.5     4  15.4G      -    Dyn ()
        """;

    [Test]
    public void Rows_are_read_by_the_header_names()
    {
        Assert.That(LsfHostsTable.Parse(Captured), Is.EqualTo(new[]
        {
            new LsfHostRow("node211", "Intel_EM64T", 60.0),
            new LsfHostRow("b66", "i6_16", 2.5),
            new LsfHostRow("icgen2host-", "Intel_E5", 12.5),
        }));
    }

    [Test]
    public void A_message_instead_of_the_table_is_no_table()
    {
        Assert.That(LsfHostsTable.Parse("ls_gethostinfo(): LIM is down; try later\n"), Is.Null);
    }

    [Test]
    public void A_host_shows_its_expected_factor_to_lshosts_one_decimal_and_under_its_short_or_full_name()
    {
        var rows = LsfHostsTable.Parse("HOST_NAME type model cpuf ncpus maxmem maxswp server RESOURCES\nwn001.example.org X86_64 HS06_12_25 12.2 64 251G - Yes ()\n")!;

        Assert.Multiple(() =>
        {
            Assert.That(LsfHostsTable.Mismatch([new LsfExpectedHost("wn001", "HS06_12_25", "12.25")], rows), Is.Null);
            Assert.That(LsfHostsTable.Mismatch([new LsfExpectedHost("wn001", "HS06_12_25", "12.4")], rows), Does.Contain("wn001 shows 'HS06_12_25' 12.2, expected HS06_12_25 12.4"));
            Assert.That(LsfHostsTable.Mismatch([new LsfExpectedHost("wn001", "HS06_12_5", "12.25")], rows), Does.Contain("expected HS06_12_5"));
            Assert.That(LsfHostsTable.Mismatch([new LsfExpectedHost("wn002", "HS06_12_25", "12.25")], rows), Is.EqualTo("wn002 is not listed (expected HS06_12_25 12.25)"));
        });
    }
}
