using System.Runtime.ExceptionServices;
using Calibrate.Core.Results;

namespace Calibrate.Store.Schema;

/// <summary>
/// Feeds a batch import: while one batch is written (on the caller's thread, which owns the connection), the next is
/// serialised on the other cores. Results are enumerated on the caller's thread only.
/// </summary>
internal static class RowBatches
{
    public static ImportCounts Save(IEnumerable<RunResult> results, int batchSize, Func<ResultRow[], ImportCounts> saveBatch)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(saveBatch);
        var total = ImportCounts.None;
        using var batches = results.Chunk(Math.Max(1, batchSize)).GetEnumerator();
        var next = batches.MoveNext() ? Rows(batches.Current) : null;
        while (next is not null)
        {
            var rows = next.GetAwaiter().GetResult();
            ExceptionDispatchInfo? sourceFailed = null;
            try
            {
                next = batches.MoveNext() ? Rows(batches.Current) : null;
            }
            catch (Exception e)
            {
                // The batches before a failing source are still stored, as without the overlap.
                sourceFailed = ExceptionDispatchInfo.Capture(e);
                next = null;
            }

            try
            {
                total = total.Add(saveBatch(rows));
            }
            catch
            {
                // Let the serialisation under way finish, so it is observed and nothing outlives the import.
                next?.ContinueWith(static _ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
                throw;
            }

            sourceFailed?.Throw();
        }

        return total;
    }

    /// <summary>Serialises a batch on every core: a result's JSON takes about twice as long to write as its insert.</summary>
    private static Task<ResultRow[]> Rows(RunResult[] batch) => Task.Run(() =>
    {
        var rows = new ResultRow[batch.Length];
        Parallel.For(0, batch.Length, i => rows[i] = ResultRow.From(batch[i]));
        return rows;
    });
}
