using Calibrate.Store.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Tests.Schema;

/// <summary>
/// Migration 5 on a store that already holds results: each row's host noise is filled from its stored document (the
/// larger of the two probes' robust CVs), and a result without noise probes keeps none, so a comparison of a label
/// measured once floors its run-to-run term as the run's own estimate did.
/// </summary>
[TestFixture(StoreKind.Sqlite)]
[TestFixture(StoreKind.Postgres)]
public sealed class HostNoiseMigrationTests(StoreKind kind)
{
    private const string Probed = "00000000-0000-0000-0000-000000000051";
    private const string Unprobed = "00000000-0000-0000-0000-000000000052";

    [Test]
    public void Results_stored_before_migration_5_get_their_host_noise_from_their_documents()
    {
        using var under = StoreUnderTest.Create(kind);
        under.CreateAtVersion(4);
        Insert(under, Probed, """{"noise": {"aluDispersion": 0.021, "memoryDispersion": 0.074, "runToRunEstimate": 0.08}}""");
        Insert(under, Unprobed, """{"noise": null}""");

        using var store = under.Open();
        var summaries = store.Query(ResultFilter.All).ToDictionary(s => s.Id.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(summaries[Probed].HostNoise, Is.EqualTo(0.074), "the memory probe's spread, the larger");
            Assert.That(summaries[Unprobed].HostNoise, Is.Null);
        });
    }

    private static void Insert(StoreUnderTest under, string id, string document)
    {
        const string Columns = "id, hostname, cpu_model, started_utc, finished_utc, copies, pinning, profile, node_score, disturbed, estimate_value, cpu_factor, kernel_scores, tool_version, result_schema_version, stored_utc, estimate_unit";
        if (under.Kind == StoreKind.Postgres)
        {
            PostgresTestServer.Execute(under.Argument,
                $"INSERT INTO results ({Columns}, kernel_scores_text, result_json) VALUES ('{id}', 'old.example', 'Gold 6248', now(), now(), 2, 'thread', 'quick', 20.5, false, 45.2, 2.26, '{{\"namd\": 10.25}}', '0.1.0', 2, now(), 'HS23', '{{\"namd\": 10.25}}', '{document}')");
            return;
        }

        using var connection = new SqliteConnection($"Data Source={under.Argument}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO results ({Columns}) VALUES ('{id}', 'old.example', 'Gold 6248', 1, 2, 2, 'thread', 'quick', 20.5, 0, 45.2, 2.26, '{{\"namd\": 10.25}}', '0.1.0', 2, 3, 'HS23');" +
            $"INSERT INTO result_documents (id, result_json) VALUES ('{id}', '{document}');";
        command.ExecuteNonQuery();
    }
}
