using Calibrate.Store.Postgres;

namespace Calibrate.Store.Tests.Postgres;

public sealed class PgPassFileTests
{
    private const string File = "# comment\nhost-a:5432:db:alice:first\n*:*:*:bob:pa\\:ss\\\\word\n*:5433:*:*:any\n";

    [TestCase("host-a", 5432, "db", "alice", "first")]
    [TestCase("host-b", 1, "x", "bob", "pa:ss\\word")]
    [TestCase("host-b", 5433, "x", "carol", "any")]
    [TestCase("host-a", 5432, "other", "alice", null)]
    public void The_first_matching_line_gives_the_password(string host, int port, string database, string user, string? expected) =>
        Assert.That(PgPassFile.Find(File, host, port, database, user), Is.EqualTo(expected));

    [Test]
    public void A_url_parses_into_its_parts_and_shows_without_password()
    {
        var target = PostgresTarget.Parse("postgres://fleet@db.example.org/calibrate?sslmode=require&connect_timeout=5", _ => null);
        Assert.That(target, Is.EqualTo(new PostgresTarget { Host = "db.example.org", Port = 5432, Database = "calibrate", User = "fleet", SslMode = "require", ConnectTimeoutSeconds = 5 }));
        Assert.That(target.Location, Is.EqualTo("postgresql://fleet@db.example.org:5432/calibrate"));
    }

    [Test]
    public void Pgpassword_wins_over_the_pgpass_file() =>
        Assert.That(
            PostgresTarget.Parse("postgresql://u@h/d", _ => null).FindPassword(n => n == "PGPASSWORD" ? "env" : "/nonexistent"),
            Is.EqualTo("env"));
}
