using System.Diagnostics;
using Calibrate.Store.Sqlite;
using Calibrate.Store.Tests.Support;
using Calibrate.TestSupport.Files;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Tests.Sqlite;

/// <summary>
/// Bad SQLite files, made for real: each is refused with one sentence and a named failure, and a file that is not a
/// usable calibrate store is left byte for byte as it was.
/// </summary>
public sealed class SqliteFaultTests
{
    private string _directory = null!;
    private bool _mounted;

    private string DbPath => Path.Combine(_directory, "calibrate.db");

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "calibrate-store-faults", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown()
    {
        RunChattr("-i", _directory);
        if (_mounted)
        {
            Mounts.Unmount(_directory);
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void A_text_file_named_db_is_refused_and_left_alone()
    {
        File.WriteAllText(DbPath, "these are my notes, not a database\n");
        AssertRefusedUnchanged(StoreFailure.NotSqlite, "is not a SQLite database");
    }

    [Test]
    public void A_truncated_store_is_refused()
    {
        using (var store = SqliteResultStore.Open(DbPath))
        {
            store.SaveMany(Enumerable.Range(0, 200).Select(i => StoredResults.Varied(i).Build()));
        }

        var length = new FileInfo(DbPath).Length;
        using (var file = new FileStream(DbPath, FileMode.Open))
        {
            file.SetLength(length / 2);
        }

        // SQLite may leave an empty -wal/-shm beside it from the read-only check; the file itself is untouched.
        AssertRefusedUnchanged(StoreFailure.Corrupt, "truncated", checkNoWal: false);
    }

    [Test]
    public void A_store_with_damaged_pages_fails_with_one_sentence_when_read()
    {
        using (var store = SqliteResultStore.Open(DbPath))
        {
            store.SaveMany(Enumerable.Range(0, 200).Select(i => StoredResults.Varied(i).Build()));
        }

        // Overwrite the middle of the file (table and index pages) with a pattern; the header stays valid.
        var bytes = File.ReadAllBytes(DbPath);
        for (var i = bytes.Length / 4; i < bytes.Length * 3 / 4; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        File.WriteAllBytes(DbPath, bytes);
        var error = Assert.Throws<StoreException>(() =>
        {
            using var store = SqliteResultStore.Open(DbPath);
            _ = store.Query(ResultFilter.All).Count;
            _ = store.LatestPerNode(ResultFilter.All).Count;
            _ = store.ReadAll(ResultFilter.All).Count();
        });
        Assert.That(error!.Failure, Is.EqualTo(StoreFailure.Corrupt));
        AssertOneSentence(error.Message);
    }

    [Test]
    public void A_store_of_a_newer_calibrate_is_refused_and_left_alone()
    {
        using (var store = SqliteResultStore.Open(DbPath))
        {
            store.Save(StoredResults.Varied(1).Build());
        }

        RawExecute("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
        AssertRefusedUnchanged(StoreFailure.NewerSchema, "schema version 99");
    }

    [Test]
    public void Another_applications_database_is_refused_and_left_alone()
    {
        RawExecute("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");
        AssertRefusedUnchanged(StoreFailure.Foreign, "calibrate did not create");

        RawExecute("PRAGMA application_id = 1234;");
        AssertRefusedUnchanged(StoreFailure.Foreign, "another application");
    }

    [Test]
    public void An_empty_file_becomes_a_store()
    {
        File.WriteAllBytes(DbPath, []);
        using var store = SqliteResultStore.Open(DbPath);
        Assert.That(store.Save(StoredResults.Varied(1).Build()), Is.True);
    }

    /// <summary>
    /// The tests run as root, for whom mode bits do not stop writes; an immutable directory (chattr +i, needs
    /// CAP_LINUX_IMMUTABLE and ext4/xfs/btrfs) does, and where chattr is not possible (tmpfs, overlayfs) a read-only
    /// tmpfs mounted on it does. A user who is not root gets mode 0555.
    /// </summary>
    [Test]
    public void A_read_only_directory_is_refused_before_anything_is_written()
    {
        if (!RunChattr("+i", _directory))
        {
            if (Environment.IsPrivilegedProcess)
            {
                Mounts.Tmpfs(_directory, "size=64k,ro");
                _mounted = true;
            }
            else if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_directory, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }
        }

        var error = Assert.Throws<StoreException>(() => SqliteResultStore.Open(DbPath).Dispose());
        Assert.That(error!.Failure, Is.EqualTo(StoreFailure.ReadOnly));
        Assert.That(error.Message, Does.Contain("read-only"));
        AssertOneSentence(error.Message);
    }

    [Test]
    public void A_file_where_the_directory_should_be_is_refused()
    {
        var file = Path.Combine(_directory, "not-a-dir");
        File.WriteAllText(file, "x");
        var error = Assert.Throws<StoreException>(() => SqliteResultStore.Open(Path.Combine(file, "calibrate.db")).Dispose());
        Assert.That(error!.Failure, Is.EqualTo(StoreFailure.BadLocation));
        AssertOneSentence(error.Message);
    }

    [Test]
    public void A_new_store_uses_write_ahead_logging_and_calibrates_application_id()
    {
        SqliteResultStore.Open(DbPath).Dispose();
        var header = File.ReadAllBytes(DbPath)[..100];
        Assert.That(SqliteHeader.Parse(header)!.ApplicationId, Is.EqualTo(Calibrate.Store.Schema.StoreSchema.SqliteApplicationId));
        Assert.That(header[18], Is.EqualTo(2), "file format write version 2 = WAL");
    }

    private void AssertRefusedUnchanged(StoreFailure failure, string phrase, bool checkNoWal = true)
    {
        var before = File.ReadAllBytes(DbPath);
        var error = Assert.Throws<StoreException>(() => StoreFactory.Open(DbPath, "unused").Dispose());
        Assert.That(error!.Failure, Is.EqualTo(failure));
        Assert.That(error.Message, Does.Contain(phrase).And.Contain(DbPath));
        AssertOneSentence(error.Message);
        Assert.That(File.ReadAllBytes(DbPath), Is.EqualTo(before), "the refused file was modified");
        Assert.That(File.Exists(DbPath + "-wal") && checkNoWal, Is.False);
    }

    internal static void AssertOneSentence(string message) =>
        Assert.That(message, Does.Not.Contain("\n").And.Not.Contain(". ").And.Not.EndWith("."));

    private void RawExecute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static bool RunChattr(string flag, string path)
    {
        try
        {
            var start = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(flag);
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
