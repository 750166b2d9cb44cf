namespace Calibrate.Store;

/// <summary>Why a store could not be used: lets callers and tests tell the cases apart without parsing messages.</summary>
public enum StoreFailure
{
    /// <summary>Any other error of the database while reading or writing.</summary>
    Failed,

    /// <summary>The file is not a SQLite database at all.</summary>
    NotSqlite,

    /// <summary>The file or its pages are damaged or truncated.</summary>
    Corrupt,

    /// <summary>The database belongs to another application.</summary>
    Foreign,

    /// <summary>The database has a schema newer than this calibrate knows.</summary>
    NewerSchema,

    /// <summary>The database has migrations pending and was opened without applying them.</summary>
    OlderSchema,

    /// <summary>The location cannot be written.</summary>
    ReadOnly,

    /// <summary>The server cannot be reached.</summary>
    Unreachable,

    /// <summary>The server refused the credentials.</summary>
    AuthenticationFailed,

    /// <summary>The --store argument itself is wrong.</summary>
    BadLocation,
}
