using System.Text;

namespace Calibrate.Store.Schema;

/// <summary>
/// The WHERE and LIMIT clauses of a <see cref="ResultFilter"/>, built only from the constant fragments below; values
/// are always bound as the parameters named here (@hostname, @label, @cpu, @since, @until, @limit).
/// </summary>
internal static class FilterSql
{
    private const string Hostname = "hostname = @hostname";
    private const string Label = "label = @label";
    private const string Since = "started_utc >= @since";
    private const string Until = "started_utc < @until";

    /// <param name="cpuMatch">The dialect's "cpu_model contains @cpu" expression.</param>
    public static string Where(ResultFilter filter, string cpuMatch)
    {
        var parts = new List<string>();
        if (filter.Hostname is not null)
        {
            parts.Add(Hostname);
        }

        if (filter.Label is not null)
        {
            parts.Add(Label);
        }

        if (filter.CpuModel is not null)
        {
            parts.Add(cpuMatch);
        }

        if (filter.Since is not null)
        {
            parts.Add(Since);
        }

        if (filter.Until is not null)
        {
            parts.Add(Until);
        }

        return parts.Count == 0 ? "" : new StringBuilder(" WHERE ").AppendJoin(" AND ", parts).ToString();
    }

    public static string Limit(ResultFilter filter) => filter.Limit is null ? "" : " LIMIT @limit";
}
