using Calibrate.Core.Text;

namespace Calibrate.Core.Tests.Text;

/// <summary>Report CSVs never hand a spreadsheet a formula (issue 15, defect 14).</summary>
public sealed class CsvCellTests
{
    [TestCase("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [TestCase("+SUM(A1)", "'+SUM(A1)")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@A1", "'@A1")]
    [TestCase("\t=1", "'\t=1")]
    [TestCase("-1.5", "-1.5")]
    [TestCase("+3", "+3")]
    [TestCase("wn042", "wn042")]
    [TestCase("", "")]
    public void Formula_prefixes_are_neutralised_and_numbers_kept(string field, string written) =>
        Assert.That(CsvCell.Neutralise(field), Is.EqualTo(written));
}
