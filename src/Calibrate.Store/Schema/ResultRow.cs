using Calibrate.Core.Results;

namespace Calibrate.Store.Schema;

/// <summary>
/// A result as one row: its summary (the indexed columns) and its full JSON, compact. Built once per result, then
/// bound to either dialect's insert. The JSON stays UTF-8, the encoding both databases store: a 20 KB result is not
/// transcoded to UTF-16 and back on its way in (a fifth to a third of the insert time, measured, when it was).
/// </summary>
internal sealed record ResultRow(ResultSummary Summary, RunResult Result, string KernelScoresJson, ReadOnlyMemory<byte> ResultJson)
{
    /// <summary>A row whose JSON is an array of its own.</summary>
    public static ResultRow From(RunResult result) => From(result, static json => json.ToArray());

    /// <summary>A row of a batch import, whose JSON lives in the batch's <see cref="DocumentArena"/>.</summary>
    public static ResultRow From(RunResult result, DocumentArena.Writer documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return From(result, documents.Copy);
    }

    private static ResultRow From(RunResult result, Func<ReadOnlySpan<byte>, ReadOnlyMemory<byte>> keep)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = ResultSummary.From(result);
        return new ResultRow(summary, result, StoreJson.SerializeKernelScores(summary.KernelScores), keep(StoreJson.SerializeCompact(result)));
    }
}
