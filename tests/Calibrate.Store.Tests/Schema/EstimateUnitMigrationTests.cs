using Calibrate.Core.Factors;
using Calibrate.Store.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Tests.Schema;

/// <summary>
/// Migration 4 on a store that already holds results: the column that held HS06 becomes the estimate's value, and a
/// row stored before reads back as an HS06 estimate (the only unit calibrate wrote then), not as HS23.
/// </summary>
[TestFixture(StoreKind.Sqlite)]
[TestFixture(StoreKind.Postgres)]
public sealed class EstimateUnitMigrationTests(StoreKind kind)
{
    private const string Id = "00000000-0000-0000-0000-000000000004";

    [Test]
    public void A_result_stored_before_migration_4_reads_back_as_an_HS06_estimate()
    {
        using var under = StoreUnderTest.Create(kind);
        under.CreateAtVersion(3);
        Insert(under);

        using var store = under.Open();
        var summary = store.Query(ResultFilter.All).Single();
        Assert.Multiple(() =>
        {
            Assert.That(summary.EstimateValue, Is.EqualTo(45.2));
            Assert.That(summary.EstimateUnit, Is.EqualTo(AccountingUnit.HS06));
            Assert.That(summary.CpuFactor, Is.EqualTo(2.26));
        });
    }

    private static void Insert(StoreUnderTest under)
    {
        const string Columns = "id, hostname, cpu_model, started_utc, finished_utc, copies, pinning, profile, node_score, disturbed, hs06, cpu_factor, kernel_scores, tool_version, result_schema_version, stored_utc";
        if (under.Kind == StoreKind.Postgres)
        {
            PostgresTestServer.Execute(under.Argument,
                $"INSERT INTO results ({Columns}, kernel_scores_text, result_json) VALUES ('{Id}', 'old.example', 'Gold 6248', now(), now(), 2, 'thread', 'quick', 20.5, false, 45.2, 2.26, '{{\"namd\": 10.25}}', '0.1.0', 1, now(), '{{\"namd\": 10.25}}', '{{}}')");
            return;
        }

        using var connection = new SqliteConnection($"Data Source={under.Argument}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO results ({Columns}) VALUES ('{Id}', 'old.example', 'Gold 6248', 1, 2, 2, 'thread', 'quick', 20.5, 0, 45.2, 2.26, '{{\"namd\": 10.25}}', '0.1.0', 1, 3);" +
            $"INSERT INTO result_documents (id, result_json) VALUES ('{Id}', '{{}}');";
        command.ExecuteNonQuery();
    }
}
