using Calibrate.Core.Text;

namespace Calibrate.Statistics.Tests.Support;

/// <summary>The HEPiX tables as column name to value, read with calibrate's RFC 4180 reader (quoted fields may hold commas).</summary>
internal static class Csv
{
    /// <summary>Records after the header, as column name to value; record i is data record i (not physical line i).</summary>
    public static IReadOnlyList<Dictionary<string, string>> Read(string path)
    {
        var records = CsvRecords.Parse(File.ReadAllText(path));
        var header = records[0].Fields;
        return records.Skip(1)
            .Select(r => header.Select((h, i) => (h, v: i < r.Fields.Count ? r.Fields[i] : string.Empty)).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal))
            .ToArray();
    }
}
