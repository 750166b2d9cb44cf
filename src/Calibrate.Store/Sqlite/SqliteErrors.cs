using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Sqlite;

/// <summary>Turns SQLite's result codes (https://www.sqlite.org/rescode.html) into one sentence about the store file.</summary>
internal static class SqliteErrors
{
    private const int Readonly = 8;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;
    private const int IoError = 10;
    private const int Busy = 5;
    private const int Locked = 6;

    public static StoreException Translate(SqliteException error, string path)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.SqliteErrorCode switch
        {
            Corrupt => new StoreException(StoreFailure.Corrupt, $"the store {path} is damaged ({error.Message.TrimEnd('.')}); move it away and import the result files again", error),
            NotADatabase => new StoreException(StoreFailure.NotSqlite, $"the store {path} is not a SQLite database; move it away or choose another --store", error),
            Readonly => new StoreException(StoreFailure.ReadOnly, $"the store {path} cannot be written (read-only file or directory)", error),
            CantOpen => new StoreException(StoreFailure.ReadOnly, $"the store {path} cannot be opened or created; check that its directory exists and is writable", error),
            Full => new StoreException(StoreFailure.Failed, $"the store {path} cannot grow: the disk is full", error),
            Busy or Locked => new StoreException(StoreFailure.Failed, $"the store {path} stayed locked by another process for 30 s", error),
            IoError => new StoreException(StoreFailure.Failed, $"the store {path} could not be read or written (I/O error: {error.Message.TrimEnd('.')})", error),
            _ => new StoreException(StoreFailure.Failed, $"the store {path} failed: {error.Message.TrimEnd('.')}", error),
        };
    }
}
