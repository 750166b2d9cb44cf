namespace Calibrate.Store.Sqlite;

/// <summary>Result ids as SQLite keeps them: the 36-character lowercase "D" form, readable with the sqlite3 shell.</summary>
internal static class SqliteIds
{
    public static string Format(Guid id) => id.ToString("D");
}
