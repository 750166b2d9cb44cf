using System.Globalization;
using Calibrate.Core.Text;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// Parses the HEPiX HS23 table (_data/HS23scores.csv of HEPiX-Forum/hepix-forum.github.io): a header, then one
/// configuration per record. The columns the prior reads must be present (any order, others ignored); every error
/// names the file and the line.
/// </summary>
public static class Hs23TableCsv
{
    public const string CpuColumn = "CPU";
    public const string SocketsColumn = "# Sockets";
    public const string CoresPerSocketColumn = "Cores/Socket";
    public const string ThreadsPerCoreColumn = "Threads/core";
    public const string LogicalCpusColumn = "Ncores";
    public const string MeasurementsColumn = "# Meas";
    public const string ScoreColumn = "Score";
    public const string SiteColumn = "Site";

    /// <summary>The columns the prior reads, in the order the HEPiX table has them.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        [CpuColumn, SocketsColumn, CoresPerSocketColumn, ThreadsPerCoreColumn, LogicalCpusColumn, MeasurementsColumn, ScoreColumn, SiteColumn];

    /// <param name="text">the file's text.</param>
    /// <param name="file">the file as the user named it (error messages start with it).</param>
    /// <param name="source">where the table comes from, in words (shown with every prior).</param>
    public static Hs23Table Parse(string text, string file, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = CsvRecords.Parse(text).Where(r => !r.IsBlank).ToArray();
        if (records.Length == 0)
        {
            throw new Hs23TableException(file, 0, $"empty; expected a header naming the columns {string.Join(", ", RequiredColumns)}");
        }

        var columns = Columns(file, records[0]);
        var rows = records.Skip(1).Select(r => Row(file, r, columns)).ToArray();
        if (rows.Length == 0)
        {
            throw new Hs23TableException(file, 0, "a header but no configurations");
        }

        return new Hs23Table(source, rows);
    }

    private static Dictionary<string, int> Columns(string file, CsvRecord header)
    {
        var names = header.Fields.Select(f => f.Trim()).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var required in RequiredColumns)
        {
            var index = Array.FindIndex(names, n => n.Equals(required, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new Hs23TableException(file, header.Line, $"no column '{required}'; an HS23 table needs the columns {string.Join(", ", RequiredColumns)}");
            }

            columns[required] = index;
        }

        return columns;
    }

    private static Hs23TableRow Row(string file, CsvRecord record, Dictionary<string, int> columns)
    {
        var width = columns.Values.Max() + 1;
        if (record.Fields.Count < width)
        {
            throw new Hs23TableException(file, record.Line, $"{record.Fields.Count} fields, the header needs at least {width}");
        }

        string Text(string column) => record.Fields[columns[column]].Trim();
        var cpu = Text(CpuColumn);
        var site = Text(SiteColumn);
        if (cpu.Length == 0 || site.Length == 0)
        {
            throw new Hs23TableException(file, record.Line, $"the {(cpu.Length == 0 ? CpuColumn : SiteColumn)} is empty");
        }

        int Count(string column)
        {
            var text = Text(column);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new Hs23TableException(file, record.Line, $"{column} '{text}' of {cpu} is not a positive whole number");
        }

        var scoreText = Text(ScoreColumn);
        if (!double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score) || score <= 0)
        {
            throw new Hs23TableException(file, record.Line, $"{ScoreColumn} '{scoreText}' of {cpu} at {site} is not a positive number");
        }

        return new Hs23TableRow
        {
            Line = record.Line,
            Cpu = cpu,
            Model = CpuModelKey.Of(cpu),
            Site = site,
            SiteKey = SiteKey.Of(site),
            Sockets = Count(SocketsColumn),
            CoresPerSocket = Count(CoresPerSocketColumn),
            ThreadsPerCore = Count(ThreadsPerCoreColumn),
            LogicalCpus = Count(LogicalCpusColumn),
            Measurements = Count(MeasurementsColumn),
            Hs23WholeMachine = score,
        };
    }
}
