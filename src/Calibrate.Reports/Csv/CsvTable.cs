namespace Calibrate.Reports.Csv;

/// <summary>The figures behind a chart or table, as text already formatted under the invariant culture.</summary>
public sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
