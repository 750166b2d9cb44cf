using System.Globalization;
using Calibrate.Store.Postgres;
using Calibrate.TestSupport.Services;
using Npgsql;

namespace Calibrate.Store.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use: $CALIBRATE_TEST_POSTGRES (a postgresql:// URL, password in PGPASSWORD or
/// ~/.pgpass; .ci/start-postgres.sh starts one). Unset: the PostgreSQL tests are ignored locally, and fail under CI=true
/// so CI cannot skip them silently. Each test gets a database of its own, dropped afterwards.
/// </summary>
public static class PostgresTestServer
{
    public const string UrlVariable = "CALIBRATE_TEST_POSTGRES";

    public static string BaseUrl
    {
        get
        {
            if (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url)
            {
                return url;
            }

            Required.Missing(UrlVariable + " is not set; run: eval \"$(.ci/start-postgres.sh)\"");
            return "";
        }
    }

    public static PostgresTarget Target => PostgresTarget.Parse(BaseUrl, Environment.GetEnvironmentVariable);

    /// <summary>Creates an empty database and returns its URL.</summary>
    public static string CreateDatabase()
    {
        var target = Target;
        var name = string.Create(CultureInfo.InvariantCulture, $"calibrate_test_{Guid.NewGuid():N}");
        Admin(target, $"CREATE DATABASE {name}");
        return $"postgresql://{target.User}@{target.Host}:{target.Port}/{name}";
    }

    public static void DropDatabase(string url)
    {
        var name = PostgresTarget.Parse(url, Environment.GetEnvironmentVariable).Database;
        Admin(Target, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>Runs SQL in the given store's database, as the test user (to plant faults).</summary>
    public static void Execute(string url, string sql)
    {
        var target = PostgresTarget.Parse(url, Environment.GetEnvironmentVariable);
        using var connection = new NpgsqlConnection(target.ConnectionString(target.FindPassword(Environment.GetEnvironmentVariable)).ConnectionString);
        connection.Open();
#pragma warning disable CA2100 // Test-only SQL written in the tests themselves.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static void Admin(PostgresTarget target, string sql) => Execute($"postgresql://{target.User}@{target.Host}:{target.Port}/postgres", sql);
}
