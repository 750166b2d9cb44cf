using Calibrate.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Sqlite;

/// <summary>
/// Checks a store path before SQLite opens it for writing, reading only the file header: a file that is not SQLite,
/// is truncated, belongs to another application or has a newer schema is refused and left byte for byte as it was.
/// A directory that cannot be written is refused before a result is lost half-way.
/// </summary>
internal static class SqliteFileGuard
{
    public static void Check(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException(StoreFailure.BadLocation, $"the store {path} is a directory; give a file path such as {Path.Combine(path, "calibrate.db")}");
        }

        var directory = Path.GetDirectoryName(path)!;
        EnsureDirectory(path, directory);
        if (!WritableCheck.CanWrite(directory))
        {
            throw new StoreException(StoreFailure.ReadOnly, $"the store {path} cannot be written: its directory {directory} is read-only");
        }

        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
        {
            return;
        }

        if (!WritableCheck.CanWrite(path))
        {
            throw new StoreException(StoreFailure.ReadOnly, $"the store {path} is read-only");
        }

        var bytes = ReadHeader(path);
        CheckHeader(path, bytes, file.Length);
    }

    /// <summary>The decisions on the header alone; pure, so every case is tested on bytes.</summary>
    internal static void CheckHeader(string path, ReadOnlySpan<byte> bytes, long fileLength)
    {
        if (!SqliteHeader.HasMagic(bytes))
        {
            throw new StoreException(StoreFailure.NotSqlite, $"the store {path} is not a SQLite database; move it away or choose another --store");
        }

        var header = SqliteHeader.Parse(bytes)
            ?? throw new StoreException(StoreFailure.Corrupt, $"the store {path} is truncated ({fileLength} bytes, less than a SQLite header); move it away and import the result files again");
        if (header.ApplicationId != StoreSchema.SqliteApplicationId && !(header.ApplicationId == 0 && header.UserVersion == 0))
        {
            throw new StoreException(StoreFailure.Foreign, $"the store {path} is a SQLite database of another application (application id 0x{header.ApplicationId:X8}), not calibrate's; choose another --store");
        }

        if (header.UserVersion > StoreSchema.CurrentVersion)
        {
            throw new StoreException(StoreFailure.NewerSchema, $"the store {path} has schema version {header.UserVersion}, newer than this calibrate knows ({StoreSchema.CurrentVersion}); upgrade calibrate");
        }

        if (header.LooksTruncated(fileLength) && !QuickCheckPasses(path))
        {
            throw new StoreException(StoreFailure.Corrupt, $"the store {path} is truncated or damaged ({fileLength} bytes, the header declares {header.PageCount * header.PageSize}); move it away and import the result files again");
        }

        if (header.ApplicationId == 0 && !IsEmptyDatabase(path))
        {
            throw new StoreException(StoreFailure.Foreign, $"the store {path} is a SQLite database that calibrate did not create (it has other tables); choose another --store");
        }
    }

    private static void EnsureDirectory(string path, string directory)
    {
        if (File.Exists(directory))
        {
            throw new StoreException(StoreFailure.BadLocation, $"the store {path} cannot be created: {directory} is a file, not a directory");
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(StoreFailure.ReadOnly, $"the store {path} cannot be created: the directory {directory} cannot be made ({e.Message.TrimEnd('.')})", e);
        }
    }

    private static byte[] ReadHeader(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[SqliteHeader.Length];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return bytes[..read];
    }

    /// <summary>Confirms a suspicious header with SQLite itself, read-only (a live WAL file may legitimately lag).</summary>
    private static bool QuickCheckPasses(string path)
    {
        try
        {
            using var connection = OpenReadOnly(path);
            using var command = connection.CreateCommand();
            command.CommandText = SqliteSql.QuickCheck;
            return command.ExecuteScalar() as string == "ok";
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>A SQLite file with application id 0 is ours only while it is empty (created by a concurrent first open).</summary>
    private static bool IsEmptyDatabase(string path)
    {
        try
        {
            using var connection = OpenReadOnly(path);
            using var command = connection.CreateCommand();
            command.CommandText = SqliteSql.CountSchemaObjects;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0;
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Translate(e, path);
        }
    }

    private static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
