using Calibrate.Store.Tests.Support;

namespace Calibrate.Store.Tests.Postgres;

/// <summary>Migration 3 on a PostgreSQL store that already holds results: the text copy of the kernel scores is filled in.</summary>
public sealed class PostgresMigrationTests
{
    [Test]
    public void Results_stored_before_migration_3_keep_their_kernel_scores()
    {
        using var under = StoreUnderTest.Create(StoreKind.Postgres);
        under.CreateAtVersion(2);
        PostgresTestServer.Execute(under.Argument,
            "INSERT INTO results (id, hostname, cpu_model, started_utc, finished_utc, copies, pinning, profile, node_score, disturbed, " +
            "kernel_scores, tool_version, result_schema_version, stored_utc, result_json) VALUES ('00000000-0000-0000-0000-000000000001', " +
            "'old.example', 'Gold 6248', now(), now(), 2, 'thread', 'quick', 20.5, false, '{\"namd\": 10.25, \"lbm\": 0.1}', '0.1.0', 1, now(), '{}')");

        using var store = under.Open();
        var summary = store.LatestPerNode(ResultFilter.All).Single();
        Assert.That(summary.KernelScores, Is.EquivalentTo(new Dictionary<string, double> { ["namd"] = 10.25, ["lbm"] = 0.1 }));
    }
}
