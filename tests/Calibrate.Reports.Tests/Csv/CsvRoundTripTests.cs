using System.Globalization;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Tests.Charts;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Csv;

/// <summary>CSV per RFC 4180: what is written reads back field for field, numbers with '.' under any culture.</summary>
public sealed class CsvRoundTripTests
{
    [Test]
    public void Awkward_fields_round_trip()
    {
        var table = new CsvTable(["label", "note"],
        [
            ["plain", "a,b"],
            ["quote \"x\"", "line\nbreak"],
            ["crlf\r\nin field", ""],
            ["  spaces  ", "\u00FCml\u00E4ut"],
        ]);
        var parsed = CsvParser.Parse(CsvWriter.Write(table));
        Assert.That(parsed[0], Is.EqualTo(table.Headers));
        Assert.That(parsed.Skip(1), Is.EqualTo(table.Rows));
    }

    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Chart_data_round_trips_and_numbers_parse_invariantly(int number)
    {
        var invariant = CultureScope.Run("", () => CsvWriter.Write(AllCharts.Small(number).Data));
        Assert.That(CultureScope.Run("de-DE", () => CsvWriter.Write(AllCharts.Small(number).Data)), Is.EqualTo(invariant));
        var data = AllCharts.Small(number).Data;
        var parsed = CsvParser.Parse(invariant);
        Assert.That(parsed, Has.Count.EqualTo(data.Rows.Count + 1));
        Assert.That(parsed.Skip(1), Is.EqualTo(data.Rows));
        foreach (var column in Enumerable.Range(0, data.Headers.Count).Where(c => data.Headers[c].Contains("score", StringComparison.Ordinal)))
        {
            foreach (var row in parsed.Skip(1).Where(r => r[column].Length > 0))
            {
                Assert.That(double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out _), Is.True, row[column]);
            }
        }
    }
}
