using Calibrate.Store.Postgres;
using Calibrate.Store.Sqlite;

namespace Calibrate.Store;

/// <summary>Opens the store a --store argument names: null for the default SQLite file, a postgresql:// URL, or a SQLite path.</summary>
public static class StoreFactory
{
    public static IResultStore Open(string? storeArgument, string defaultSqlitePath, StoreOpenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(defaultSqlitePath);
        var argument = string.IsNullOrWhiteSpace(storeArgument) ? null : storeArgument.Trim();
        if (PostgresTarget.IsUrl(argument))
        {
            return PostgresResultStore.Open(argument!, options);
        }

        if (ConnectionStringText.IsLike(argument))
        {
            throw ConnectionStringText.Refuse();
        }

        return SqliteResultStore.Open(argument ?? defaultSqlitePath, options);
    }

    /// <summary>The store as shown to people before (or without) opening it: a full path, or the URL without a password.</summary>
    public static string Describe(string? storeArgument, string defaultSqlitePath)
    {
        ArgumentNullException.ThrowIfNull(defaultSqlitePath);
        var argument = string.IsNullOrWhiteSpace(storeArgument) ? null : storeArgument.Trim();
        return PostgresTarget.IsUrl(argument) ? PostgresTarget.Redact(argument!)
            : ConnectionStringText.IsLike(argument) ? ConnectionStringText.Redact(argument!)
            : Path.GetFullPath(argument ?? defaultSqlitePath);
    }
}
