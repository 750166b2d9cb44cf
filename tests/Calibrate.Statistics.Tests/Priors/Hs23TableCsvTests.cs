using Calibrate.Statistics.Priors;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Priors;

/// <summary>The HS23 table parser: the shipped copy, and bad tables refused with one line naming the file and the line.</summary>
public sealed class Hs23TableCsvTests
{
    private const string Header = "CPU,SMT enabled,Online CPUs,# Sockets,Cores/Socket,Threads/core,Ncores,# Meas,Score,Site";

    [Test]
    public void The_shipped_table_has_its_285_configurations()
    {
        var table = ShippedHs23Table.Table;
        Assert.Multiple(() =>
        {
            Assert.That(table.Rows, Has.Count.EqualTo(285));
            Assert.That(table.Source, Does.Contain("HEPiX HS23 table").And.Contain(ShippedHs23Table.CopiedOn).And.Contain("285 configurations"));
            Assert.That(table.Rows.Select(r => r.Cpu), Does.Contain("Intel Core Processor (Haswell, no TSX, IBRS)"), "a quoted name with commas");
        });
    }

    [Test]
    public void Reads_the_same_rows_as_the_test_copy_of_the_public_table()
    {
        var expected = Csv.Read(TestFiles.Path("TestData", "hepscore23_results.csv"));
        var rows = ShippedHs23Table.Table.Rows;
        Assert.That(rows.Select(r => (r.Cpu, r.Site, r.LogicalCpus, r.Hs23WholeMachine)), Is.EqualTo(expected.Select(r => (r["CPU"], r["Site"], int.Parse(r["Ncores"], System.Globalization.CultureInfo.InvariantCulture), double.Parse(r["Score"], System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Test]
    public void A_row_records_its_line_its_layout_and_its_score_per_logical_cpu()
    {
        var table = Hs23TableCsv.Parse(Header + "\n\"Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz\",1,0-63,2,16,2,64,458,1017.3,CERN\n", "new.csv", "a test");
        var row = table.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Line, Is.EqualTo(2));
            Assert.That(row.Model, Is.EqualTo("xeon gold 6326"));
            Assert.That(row.SmtActive, Is.True);
            Assert.That(row.Hs23PerLogicalCpu, Is.EqualTo(1017.3 / 64));
            Assert.That(table.Source, Is.EqualTo("a test"));
        });
    }

    [TestCase("CPU,Threads/core,Ncores,# Meas,Score,Site\nx,1,8,1,80,S\n", "new.csv line 1: no column '# Sockets'")]
    [TestCase(Header + "\nAMD EPYC 7302,1,0-63,2,16,2,64,11,n/a,CERN\n", "new.csv line 2: Score 'n/a' of AMD EPYC 7302 at CERN is not a positive number")]
    [TestCase(Header + "\nAMD EPYC 7302,1,0-63,2,16,2,64,11,1012.1,CERN\nAMD EPYC 7302,1,0-63,2,16,2,64,11,-5,CERN\n", "new.csv line 3: Score '-5'")]
    [TestCase(Header + "\nAMD EPYC 7302,1,0-63,2,16,2,sixty-four,11,1012.1,CERN\n", "new.csv line 2: Ncores 'sixty-four' of AMD EPYC 7302 is not a positive whole number")]
    [TestCase(Header + "\nAMD EPYC 7302,1,0-63,2\n", "new.csv line 2: 4 fields, the header needs at least 10")]
    [TestCase(Header + "\n,1,0-63,2,16,2,64,11,1012.1,CERN\n", "new.csv line 2: the CPU is empty")]
    [TestCase(Header + "\n\"A, quoted\nname\",1,0-63,2,16,2,64,11,1012.1,CERN\nB,1,0-63,2,16,2,64,11,x,CERN\n", "new.csv line 4: Score 'x'")]
    [TestCase(Header + "\n", "new.csv: a header but no configurations")]
    [TestCase("", "new.csv: empty")]
    public void A_bad_table_is_refused_naming_the_file_and_line(string text, string expected)
    {
        var error = Assert.Throws<Hs23TableException>(() => Hs23TableCsv.Parse(text, "new.csv", "a test"));
        Assert.That(error!.Message, Does.StartWith(expected));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void Column_names_are_matched_without_case_and_in_any_order()
    {
        var table = Hs23TableCsv.Parse("site,score,# meas,ncores,threads/core,cores/socket,# sockets,cpu\nCERN,863.5,302,32,1,16,2,Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz\n", "new.csv", "a test");
        Assert.That(table.Rows.Single().SmtActive, Is.False);
    }
}
