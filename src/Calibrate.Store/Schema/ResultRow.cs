using Calibrate.Core.Results;

namespace Calibrate.Store.Schema;

/// <summary>
/// A result as one row: its summary (the indexed columns) and its full JSON, compact. Built once per result, then
/// bound to either dialect's insert.
/// </summary>
internal sealed record ResultRow(ResultSummary Summary, RunResult Result, string KernelScoresJson, string ResultJson)
{
    public static ResultRow From(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = ResultSummary.From(result);
        return new ResultRow(summary, result, StoreJson.SerializeKernelScores(summary.KernelScores), StoreJson.SerializeCompact(result));
    }
}
