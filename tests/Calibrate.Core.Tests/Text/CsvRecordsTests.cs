using Calibrate.Core.Text;

namespace Calibrate.Core.Tests.Text;

public sealed class CsvRecordsTests
{
    [Test]
    public void Splits_records_and_fields_and_names_the_line_each_starts_on()
    {
        var records = CsvRecords.Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,1");
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3, 5, 6 }));
            Assert.That(records[0].Fields, Is.EqualTo(new[] { "a", "b" }));
            Assert.That(records[1].Fields, Is.EqualTo(new[] { "x, y", "say \"hi\"" }));
            Assert.That(records[2].Fields, Is.EqualTo(new[] { "two\nlines", "z" }));
            Assert.That(records[3].IsBlank, Is.True);
            Assert.That(records[4].Fields, Is.EqualTo(new[] { "last", "1" }));
        });
    }

    [Test]
    public void An_empty_text_has_no_records() => Assert.That(CsvRecords.Parse(""), Is.Empty);
}
