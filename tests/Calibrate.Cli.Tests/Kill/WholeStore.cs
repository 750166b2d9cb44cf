using System.Globalization;
using Calibrate.Store;
using Microsoft.Data.Sqlite;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// A SQLite store as the next calibrate finds it after a kill: it opens (SQLite replays or drops what the killed
/// process left in its WAL or journal), passes integrity_check, and holds whole results only: each summary row with
/// its document, each document a result with that id.
/// </summary>
internal static class WholeStore
{
    /// <summary>The ids stored, after checking the store; none when there is no store file yet.</summary>
    public static IReadOnlyList<Guid> AssertWhole(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        List<Guid> ids;
        using (var opened = StoreFactory.Open(path, "unused"))
        {
            ids = opened.Query(ResultFilter.All).Select(s => s.Id).ToList();
            Assert.That(ids.Select(id => opened.Get(id)?.Id), Is.EqualTo(ids.Select(id => (Guid?)id)), $"{path}: a summary without its whole document");
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        Assert.That(Scalar(connection, "PRAGMA integrity_check"), Is.EqualTo("ok"), path);
        var rows = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM results"), CultureInfo.InvariantCulture);
        Assert.That(rows, Is.EqualTo(ids.Count));
        Assert.That(Scalar(connection, "SELECT count(*) FROM result_documents"), Is.EqualTo(rows), $"{path}: results and documents differ");
        Assert.That(Scalar(connection, "SELECT count(*) FROM results LEFT JOIN result_documents USING (id) WHERE result_json IS NULL"), Is.Zero, path);
        return ids;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant test SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteScalar();
    }
}
