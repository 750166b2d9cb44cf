namespace Calibrate.Store.Tests.Support;

/// <summary>The stores the shared fixture runs against, for real.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
