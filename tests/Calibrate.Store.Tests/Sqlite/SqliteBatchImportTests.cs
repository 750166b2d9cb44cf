using Calibrate.Core.Results;
using Calibrate.Store.Sqlite;
using Calibrate.Store.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Tests.Sqlite;

/// <summary>
/// A batch import checkpoints its WAL on a thread of its own: the WAL must stay bounded while the import runs, and
/// everything must be in the database file itself when the import returns.
/// </summary>
public sealed class SqliteBatchImportTests
{
    private const int Results = 1500;
    private const int BatchSize = 50;

    private string _directory = null!;

    private string DbPath => Path.Combine(_directory, "calibrate.db");

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "calibrate-store-import", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void The_wal_stays_bounded_during_an_import_and_is_copied_in_full_at_its_end()
    {
        const long catchUp = 1 << 20;
        long largestWal;
        using (var store = SqliteResultStore.Open(DbPath, new StoreOpenOptions { BatchSize = BatchSize, CheckpointCatchUpBytes = catchUp }))
        {
            var (counts, largest) = ImportWatchingTheWal(store);
            largestWal = largest;
            Assert.That(counts.Inserted, Is.EqualTo(Results));

            // The database file alone, without its WAL, already holds every result.
            var copy = Path.Combine(_directory, "copy.db");
            File.Copy(DbPath, copy);
            Assert.That(CountIn(copy), Is.EqualTo(Results));
        }

        // The database is many times the bound: the WAL was restarted, not grown to its size. (Without catch-ups the WAL
        // may still restart when the checkpointer happens to finish between two batches, so only the bound is asserted.)
        var documents = new FileInfo(DbPath).Length;
        Assert.That(documents, Is.GreaterThan(8 * catchUp));
        Assert.That(largestWal, Is.LessThan(4 * catchUp), $"largest WAL {largestWal} bytes for {documents} bytes of database");
    }

    /// <summary>Imports, reading the WAL's size between batches (the source is enumerated on the writer's thread).</summary>
    private (ImportCounts Counts, long LargestWal) ImportWatchingTheWal(SqliteResultStore store)
    {
        var largest = 0L;
        IEnumerable<RunResult> Source()
        {
            for (var i = 0; i < Results; i++)
            {
                if (i % BatchSize == 0)
                {
                    largest = Math.Max(largest, WalLength());
                }

                yield return StoredResults.Varied(i).Build();
            }
        }

        var counts = store.SaveMany(Source());
        return (counts, Math.Max(largest, WalLength()));
    }

    private long WalLength() => File.Exists(DbPath + "-wal") ? new FileInfo(DbPath + "-wal").Length : 0;

    private static long CountIn(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM result_documents";
        return (long)command.ExecuteScalar()!;
    }
}
