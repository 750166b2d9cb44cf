using System.Net.Sockets;
using Npgsql;

namespace Calibrate.Store.Postgres;

/// <summary>
/// Turns Npgsql's errors into one sentence about the store, by SQLSTATE
/// (https://www.postgresql.org/docs/current/errcodes-appendix.html) or the socket error underneath. The password is
/// masked in every message, whatever the driver put there.
/// </summary>
internal static class PostgresErrors
{
    private const string InvalidPassword = "28P01";
    private const string InvalidAuthorization = "28000";
    private const string InvalidCatalogName = "3D000";
    private const string InsufficientPrivilege = "42501";
    private const string ReadOnlyTransaction = "25006";
    private const string CannotConnectNow = "57P03";
    private const string AdminShutdown = "57P01";
    private const string TooManyConnections = "53300";

    public static StoreException Translate(Exception error, string location, string? password)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (failure, sentence) = error switch
        {
            PostgresException { SqlState: InvalidPassword or InvalidAuthorization } =>
                (StoreFailure.AuthenticationFailed, $"the PostgreSQL store {location} refused the login; check PGPASSWORD or the ~/.pgpass line for this user"),
            PostgresException { SqlState: InvalidCatalogName } =>
                (StoreFailure.BadLocation, $"the PostgreSQL store {location} does not exist on that server; create the database first"),
            PostgresException { SqlState: InsufficientPrivilege } e =>
                (StoreFailure.ReadOnly, $"the PostgreSQL store {location} refused the operation: {e.MessageText}"),
            PostgresException { SqlState: ReadOnlyTransaction } =>
                (StoreFailure.ReadOnly, $"the PostgreSQL store {location} is read-only (a standby server?)"),
            PostgresException { SqlState: CannotConnectNow or AdminShutdown or TooManyConnections } e =>
                (StoreFailure.Unreachable, $"the PostgreSQL store {location} is not accepting connections now ({e.MessageText})"),
            PostgresException e =>
                (StoreFailure.Failed, $"the PostgreSQL store {location} failed: {e.MessageText} (SQLSTATE {e.SqlState})"),
            NpgsqlException e when e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
                (StoreFailure.AuthenticationFailed, $"the PostgreSQL store {location} needs a password; set PGPASSWORD or add a ~/.pgpass line for this user"),
            NpgsqlException { InnerException: SocketException s } =>
                (StoreFailure.Unreachable, $"the PostgreSQL store {location} cannot be reached ({s.SocketErrorCode}); is the server running and listening there?"),
            NpgsqlException { InnerException: TimeoutException } =>
                (StoreFailure.Unreachable, $"the PostgreSQL store {location} did not answer in time"),
            NpgsqlException { InnerException: IOException } =>
                (StoreFailure.Unreachable, $"the PostgreSQL store {location} closed the connection"),
            TimeoutException =>
                (StoreFailure.Unreachable, $"the PostgreSQL store {location} did not answer in time"),
            _ => (StoreFailure.Failed, $"the PostgreSQL store {location} failed: {error.Message.TrimEnd('.')}"),
        };
        return new StoreException(failure, Mask(sentence, password), null);
    }

    /// <summary>Replaces the password wherever it appears; the inner exception is dropped for the same reason.</summary>
    public static string Mask(string text, string? password) =>
        string.IsNullOrEmpty(password) ? text : text.Replace(password, "***", StringComparison.Ordinal);
}
