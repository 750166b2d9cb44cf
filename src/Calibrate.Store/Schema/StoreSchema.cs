namespace Calibrate.Store.Schema;

/// <summary>The identity of a Calibrate store, so a foreign or newer database is recognised before anything is written.</summary>
public static class StoreSchema
{
    /// <summary>
    /// SQLite `PRAGMA application_id` of a Calibrate file: "CALB" in ASCII. Stored in the file header at offset 68
    /// (https://www.sqlite.org/fileformat.html#application_id), readable without opening the file with SQLite.
    /// </summary>
    public const int SqliteApplicationId = 0x43414C42;

    /// <summary>The application name in the PostgreSQL meta table.</summary>
    public const string ApplicationName = "calibrate";

    /// <summary>The schema version this calibrate writes: the last migration of each dialect.</summary>
    public static int CurrentVersion => MigrationCatalog.Sqlite[^1].Version;
}
