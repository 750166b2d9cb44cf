using System.Net;
using System.Net.Sockets;
using Calibrate.Store.Postgres;
using Calibrate.Store.Tests.Sqlite;
using Calibrate.Store.Tests.Support;

namespace Calibrate.Store.Tests.Postgres;

/// <summary>A PostgreSQL that refuses, is down, or is not calibrate's: one sentence, never the password.</summary>
public sealed class PostgresFaultTests
{
    private const string Secret = "s3cret-Pa55word";

    [Test]
    public void A_wrong_password_is_an_authentication_failure_that_never_shows_the_password()
    {
        var target = PostgresTestServer.Target;
        var url = $"postgresql://{target.User}@{target.Host}:{target.Port}/{target.Database}";
        var error = Assert.Throws<StoreException>(() => StoreFactory.Open(url, "unused", WithEnvironment(("PGPASSWORD", Secret))).Dispose());
        Assert.That(error!.Failure, Is.EqualTo(StoreFailure.AuthenticationFailed));
        AssertClean(error, url);
    }

    [Test]
    public void A_server_that_is_down_is_unreachable()
    {
        var url = $"postgresql://calibrate@127.0.0.1:{ClosedPort()}/calibrate";
        var error = Assert.Throws<StoreException>(() => StoreFactory.Open(url, "unused", WithEnvironment(("PGPASSWORD", Secret))).Dispose());
        Assert.That(error!.Failure, Is.EqualTo(StoreFailure.Unreachable));
        AssertClean(error, url);
    }

    [Test]
    public void A_password_in_the_url_is_refused_and_masked()
    {
        var error = Assert.Throws<StoreException>(() => StoreFactory.Open($"postgresql://calibrate:{Secret}@127.0.0.1:5432/calibrate", "unused").Dispose());
        Assert.That(error!.Failure, Is.EqualTo(StoreFailure.BadLocation));
        Assert.That(error.Message, Does.Not.Contain(Secret).And.Contain("PGPASSWORD"));
        Assert.That(StoreFactory.Describe($"postgres://u:{Secret}@h/db", "x"), Is.EqualTo("postgres://u:***@h/db"));
    }

    [Test]
    public void The_password_is_found_in_a_pgpass_file()
    {
        var url = PostgresTestServer.CreateDatabase();
        var pgpass = Path.GetTempFileName();
        try
        {
            var target = PostgresTarget.Parse(url, _ => null);
            var password = target.FindPassword(Environment.GetEnvironmentVariable);
            File.WriteAllText(pgpass, $"# test\nother:*:*:*:wrong\n{target.Host}:{target.Port}:*:{target.User}:{password!.Replace(":", "\\:", StringComparison.Ordinal)}\n");
            using var store = StoreFactory.Open(url, "unused", WithEnvironment(("PGPASSFILE", pgpass)));
            Assert.That(store.Location, Is.EqualTo(url));
            Assert.That(store.Save(StoredResults.Varied(1).Build()), Is.True);
        }
        finally
        {
            File.Delete(pgpass);
            PostgresTestServer.DropDatabase(url);
        }
    }

    [Test]
    public void A_database_with_another_applications_results_table_is_refused_and_left_alone()
    {
        var url = PostgresTestServer.CreateDatabase();
        try
        {
            PostgresTestServer.Execute(url, "CREATE TABLE results (song text); INSERT INTO results VALUES ('x')");
            var error = Assert.Throws<StoreException>(() => StoreFactory.Open(url, "unused").Dispose());
            Assert.That(error!.Failure, Is.EqualTo(StoreFailure.Foreign));
            SqliteFaultTests.AssertOneSentence(error.Message);
            Assert.That(() => PostgresTestServer.Execute(url, "SELECT song FROM results"), Throws.Nothing);
            Assert.That(() => PostgresTestServer.Execute(url, "SELECT 1 FROM calibrate_migrations"), Throws.Exception);
        }
        finally
        {
            PostgresTestServer.DropDatabase(url);
        }
    }

    [Test]
    public void A_store_of_a_newer_calibrate_is_refused()
    {
        var url = PostgresTestServer.CreateDatabase();
        try
        {
            StoreFactory.Open(url, "unused").Dispose();
            PostgresTestServer.Execute(url, "INSERT INTO calibrate_migrations VALUES (99, 'from the future', now())");
            var error = Assert.Throws<StoreException>(() => StoreFactory.Open(url, "unused").Dispose());
            Assert.That(error!.Failure, Is.EqualTo(StoreFailure.NewerSchema));
            Assert.That(error.Message, Does.Contain("schema version 99"));
        }
        finally
        {
            PostgresTestServer.DropDatabase(url);
        }
    }

    private static void AssertClean(StoreException error, string url)
    {
        Assert.That(error.Message, Does.Not.Contain(Secret));
        Assert.That(error.ToString(), Does.Not.Contain(Secret));
        Assert.That(error.Message, Does.StartWith($"the PostgreSQL store {url}"));
        SqliteFaultTests.AssertOneSentence(error.Message);
    }

    private static StoreOpenOptions WithEnvironment(params (string Name, string Value)[] variables) => new()
    {
        GetEnvironment = name => variables.FirstOrDefault(v => v.Name == name).Value ?? (name == "HOME" ? "/nonexistent" : null),
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
