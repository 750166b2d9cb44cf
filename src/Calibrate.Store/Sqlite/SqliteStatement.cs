using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Calibrate.Store.Sqlite;

/// <summary>
/// One prepared statement on SQLite's own API (https://www.sqlite.org/c3ref/stmt.html), bound by position. The batch
/// insert uses it because Microsoft.Data.Sqlite binds only UTF-16 strings: the result JSON, UTF-8 already, would be
/// transcoded twice per row. Errors become the <see cref="SqliteException"/> the rest of the store translates.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, string? value) => Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));

    public void BindUtf8(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, double? value) => Check(value is { } v ? raw.sqlite3_bind_double(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement to completion and resets it for the next row; returns the rows it changed.</summary>
    public int Execute()
    {
        // Checked before the reset, while SQLite's message is about this step.
        Check(raw.sqlite3_step(_statement));
        raw.sqlite3_reset(_statement);
        return raw.sqlite3_changes(_db);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => raw.sqlite3_finalize(_statement);
}
