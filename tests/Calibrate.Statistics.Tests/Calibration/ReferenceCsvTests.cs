using Calibrate.Core.Factors;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Statistics.Tests.Calibration;

public sealed class ReferenceCsvTests
{
    [Test]
    public void Parses_nodes_with_comments_blank_lines_and_extra_columns()
    {
        const string text = "# site references\nnode,hs06,note\nwn01,350.5,bought 2019\n\nwn02, 412 ,\r\n# retired: wn03\nwn04,1.2e3,x\n";
        var tables = ReferenceCsv.Parse(text);
        Assert.That(tables, Has.Count.EqualTo(1));
        Assert.That(tables[0].Unit, Is.EqualTo(AccountingUnit.HS06));
        Assert.That(tables[0].Rows, Is.EqualTo(new[] { new ReferenceRow(3, "wn01", 350.5), new ReferenceRow(5, "wn02", 412), new ReferenceRow(7, "wn04", 1200) }));
    }

    [Test]
    public void Both_unit_columns_give_a_table_each_and_an_empty_cell_is_not_measured()
    {
        const string text = "node,hs06,hs23\nwn01,350,360 HS23\nwn02,400 HS06,\nwn03,450,470\nwn04,,500\nwn05,500,520\n";
        var tables = ReferenceCsv.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(tables.Select(t => t.Unit), Is.EqualTo(new[] { AccountingUnit.HS23, AccountingUnit.HS06 }));
            Assert.That(tables[0].Rows.Select(r => r.Node), Is.EqualTo(new[] { "wn01", "wn03", "wn04", "wn05" }));
            Assert.That(tables[1].Rows.Select(r => r.Value), Is.EqualTo(new[] { 350.0, 400, 450, 500 }));
            Assert.That(ReferenceCsv.For(tables, AccountingUnit.HS06).Unit, Is.EqualTo(AccountingUnit.HS06));
        });
    }

    [TestCase("node,hs06\nwn01,abc\nwn02,1\nwn03,2\n", 2, "not a number")]
    [TestCase("node,hs06\nwn01,1\nwn02,-5\nwn03,2\n", 3, "must be positive")]
    [TestCase("node,hs06\nwn01,1\nwn02,0\nwn03,2\n", 3, "must be positive")]
    [TestCase("node,hs06\nwn01,1\nWN01,2\nwn03,2\n", 3, "listed twice (first on line 2)")]
    [TestCase("node,hs06\nwn01,1\nwn02,2\n", 0, "a fit needs at least 3")]
    [TestCase("host,score\nwn01,1\n", 1, "must name the columns")]
    [TestCase("node,hs06\nwn01\n", 2, "columns")]
    [TestCase("node,hs06\nwn01,1\nwn02,2 HS23\nwn03,2\n", 3, "one unit per column")]
    [TestCase("node,hs23\nwn01,1\nwn02,2 SPECint\nwn03,2\n", 3, "not a number")]
    [TestCase("node,hs23,hs06\nwn01,1,1\nwn02,2,2\nwn03,3,\n", 0, "2 reference node(s) with HS06")]
    public void Errors_name_the_line(string text, int line, string message)
    {
        var error = Assert.Throws<ReferenceCsvException>(() => ReferenceCsv.Parse(text))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Line, Is.EqualTo(line));
            Assert.That(error.Message, Does.Contain(message));
            if (line > 0)
            {
                Assert.That(error.Message, Does.StartWith($"refs.csv line {line}:"));
            }
        });
    }

    [Test]
    public void An_unknown_node_is_named_with_its_line()
    {
        var rows = ReferenceCsv.Parse("node,hs06\nwn01,100\nwn02,200\nwn09,300\n")[0].Rows;
        var scores = new Dictionary<string, double> { ["wn01"] = 40, ["wn02"] = 80 };
        var error = Assert.Throws<ReferenceCsvException>(() => ReferenceMatcher.Match(rows, scores))!;
        Assert.That(error.Message, Is.EqualTo("refs.csv line 4: node 'wn09' has no stored undisturbed result"));
    }
}
