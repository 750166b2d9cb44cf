using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Sqlite;

/// <summary>
/// Checkpoints the WAL of a batch import on a connection and thread of its own, so the writer does not wait for the
/// checkpoint's fsyncs: with SQLite's automatic checkpoint, run by the writer at a commit, inserting quick-run documents
/// took 42 us each, and 28 us with the checkpoints on a thread of their own (measured here). The WAL restarts from its
/// beginning only when a write transaction starts after a checkpoint has copied all of it
/// (https://www.sqlite.org/wal.html#avoiding_excessively_large_wal_files), so the writer lets the checkpointer catch up
/// whenever it has written <see cref="DefaultCatchUpBytes"/> of documents since the last time: the WAL stays bounded,
/// and most fsyncs overlap the writer's inserts. The import ends with the WAL copied in full. Only the writer's thread
/// calls it.
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>About 128 MB of documents between catch-ups (SQLite's own automatic checkpoint comes every 1,000 pages).</summary>
    public const long DefaultCatchUpBytes = 128L << 20;

    private const string Passive = "PRAGMA wal_checkpoint(PASSIVE)";
    private const string WriterDoesNotCheckpoint = "PRAGMA wal_autocheckpoint = 0";
    private const string WriterCheckpointsAgain = "PRAGMA wal_autocheckpoint = 1000";

    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _connection;
    private readonly long _catchUpBytes;
    private Task _last = Task.CompletedTask;
    private int _queued;
    private long _bytesSinceCatchUp;
    private Exception? _failure;

    public SqliteCheckpointer(SqliteConnection writer, long catchUpBytes = DefaultCatchUpBytes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _catchUpBytes = catchUpBytes;
        _connection = new SqliteConnection(writer.ConnectionString);
        _connection.Open();
        Execute(_writer, WriterDoesNotCheckpoint);
    }

    /// <summary>Before a batch of <paramref name="bytes"/>: lets the checkpointer catch up when the WAL has grown enough.</summary>
    public void BeforeBatch(long bytes)
    {
        _bytesSinceCatchUp += bytes;
        if (_bytesSinceCatchUp > _catchUpBytes)
        {
            CatchUp();
        }
    }

    /// <summary>After a commit: checkpoint what it wrote, unless a checkpoint is already waiting to start.</summary>
    public void AfterCommit()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 0)
        {
            _last = _last.ContinueWith(_ => Checkpoint(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>At the end of the import: the whole WAL is copied into the database when this returns.</summary>
    public void Finish()
    {
        AfterCommit();
        CatchUp();
    }

    private void CatchUp()
    {
        _last.GetAwaiter().GetResult();
        _bytesSinceCatchUp = 0;
        if (Interlocked.Exchange(ref _failure, null) is { } failure)
        {
            throw failure;
        }
    }

    private void Checkpoint()
    {
        Volatile.Write(ref _queued, 0);
        try
        {
            Execute(_connection, Passive);
        }
        catch (SqliteException e)
        {
            // Reported at the next catch-up; the committed batches are safe in the WAL meanwhile.
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

#pragma warning disable CA2100 // Constant PRAGMAs of this class.
    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
#pragma warning restore CA2100

    public void Dispose()
    {
        // After a failed import too: nothing of the checkpointer outlives it, and the writer checkpoints again.
        _last.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).GetAwaiter().GetResult();
        _connection.Dispose();
        try
        {
            Execute(_writer, WriterCheckpointsAgain);
        }
        catch (SqliteException)
        {
            // The writer's connection failed with the import (a full disk, say): the import's own error is the one to report.
        }
    }
}
