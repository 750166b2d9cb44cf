using Calibrate.Store.Postgres;
using Calibrate.Store.Sqlite;

namespace Calibrate.Store.Tests.Support;

/// <summary>A fresh, empty store of one kind: a SQLite file in a temp directory, or a PostgreSQL database of its own.</summary>
public sealed class StoreUnderTest : IDisposable
{
    private StoreUnderTest(StoreKind kind, string location, string? directory)
    {
        Kind = kind;
        Argument = location;
        Directory = directory;
    }

    public StoreKind Kind { get; }

    /// <summary>What --store would be: the SQLite path or the PostgreSQL URL.</summary>
    public string Argument { get; }

    public string? Directory { get; }

    public static StoreUnderTest Create(StoreKind kind)
    {
        if (kind == StoreKind.Postgres)
        {
            return new StoreUnderTest(kind, PostgresTestServer.CreateDatabase(), null);
        }

        var directory = Path.Combine(Path.GetTempPath(), "calibrate-store-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return new StoreUnderTest(kind, Path.Combine(directory, "calibrate.db"), directory);
    }

    public IResultStore Open(StoreOpenOptions? options = null) => StoreFactory.Open(Argument, "unused.db", options);

    /// <summary>Opens a store that stops at schema <paramref name="version"/>, as an older calibrate left it.</summary>
    public void CreateAtVersion(int version)
    {
        var options = new StoreOpenOptions { Migrate = false };
        using var store = Open(options);
        _ = store switch
        {
            SqliteResultStore s => s.MigrateTo(version),
            PostgresResultStore p => p.MigrateTo(version),
            _ => throw new InvalidOperationException(),
        };
    }

    public void Dispose()
    {
        if (Kind == StoreKind.Postgres)
        {
            PostgresTestServer.DropDatabase(Argument);
        }
        else if (Directory is not null)
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
