using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Calibrate.Core.Results;

namespace Calibrate.Store.Schema;

/// <summary>
/// Feeds a batch import: while one batch is written (on the caller's thread, which owns the connection), the next is
/// serialised on the other cores. Results are enumerated on the caller's thread only. The documents of the two batches
/// in flight live in one <see cref="DocumentArena"/>, whose buffers each batch hands back once written.
/// </summary>
internal static class RowBatches
{
    public static ImportCounts Save(IEnumerable<RunResult> results, int batchSize, Func<ResultRow[], ImportCounts> saveBatch)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(saveBatch);
        var arena = new DocumentArena();
        var total = ImportCounts.None;
        using var batches = results.Chunk(Math.Max(1, batchSize)).GetEnumerator();
        var next = batches.MoveNext() ? Rows(batches.Current, arena) : null;
        while (next is not null)
        {
            var batch = next.GetAwaiter().GetResult();
            ExceptionDispatchInfo? sourceFailed = null;
            try
            {
                next = batches.MoveNext() ? Rows(batches.Current, arena) : null;
            }
            catch (Exception e)
            {
                // The batches before a failing source are still stored, as without the overlap.
                sourceFailed = ExceptionDispatchInfo.Capture(e);
                next = null;
            }

            try
            {
                total = total.Add(saveBatch(batch.Rows));
            }
            catch
            {
                // Let the serialisation under way finish, so it is observed and nothing outlives the import.
                next?.ContinueWith(static _ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
                throw;
            }

            batch.Release();
            sourceFailed?.Throw();
        }

        return total;
    }

    /// <summary>Serialises a batch on every core: a result's JSON takes about as long to write as its insert.</summary>
    private static Task<Batch> Rows(RunResult[] results, DocumentArena arena) => Task.Run(() =>
    {
        var rows = new ResultRow[results.Length];
        var writers = new ConcurrentBag<DocumentArena.Writer>();
        Parallel.For(
            0,
            results.Length,
            arena.NewWriter,
            (i, _, writer) =>
            {
                rows[i] = ResultRow.From(results[i], writer);
                return writer;
            },
            writers.Add);
        return new Batch(rows, writers);
    });

    private sealed record Batch(ResultRow[] Rows, IEnumerable<DocumentArena.Writer> Writers)
    {
        /// <summary>After the rows are written: their documents' buffers go to the next batch.</summary>
        public void Release()
        {
            foreach (var writer in Writers)
            {
                writer.Release();
            }
        }
    }
}
