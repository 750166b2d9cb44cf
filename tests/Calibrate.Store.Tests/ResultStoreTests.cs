using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Store.Schema;
using Calibrate.Store.Tests.Support;

namespace Calibrate.Store.Tests;

/// <summary>The behaviour every store has, run for real against a SQLite file and a PostgreSQL server.</summary>
[TestFixtureSource(nameof(Kinds))]
public sealed class ResultStoreTests
{
    private static readonly StoreKind[] Kinds = [StoreKind.Sqlite, StoreKind.Postgres];

    private readonly StoreKind _kind;
    private StoreUnderTest? _under;

    public ResultStoreTests(StoreKind kind) => _kind = kind;

    [SetUp]
    public void SetUp() => _under = StoreUnderTest.Create(_kind);

    [TearDown]
    public void TearDown() => _under?.Dispose();

    [Test]
    public void A_saved_result_comes_back_with_everything_the_runner_produced()
    {
        var result = StoredResults.Varied(1).Build();
        using (var store = _under!.Open())
        {
            Assert.That(store.Save(result), Is.True);
        }

        using var reopened = _under!.Open();
        var back = reopened.Get(result.Id);
        Assert.That(back, Is.Not.Null);
        Assert.That(CalibrateJson.Serialize(back!), Is.EqualTo(CalibrateJson.Serialize(result)));
        Assert.That(reopened.Get(Guid.NewGuid()), Is.Null);
    }

    [Test]
    public void A_summary_row_matches_the_summary_of_the_full_result()
    {
        var result = StoredResults.Varied(3).Build();
        using var store = _under!.Open();
        store.Save(result);

        var summary = store.Query(ResultFilter.All).Single();
        var expected = ResultSummary.From(result);
        Assert.That(summary with { KernelScores = expected.KernelScores }, Is.EqualTo(expected));
        Assert.That(summary.KernelScores, Is.EquivalentTo(expected.KernelScores));
    }

    [Test]
    public void Saving_the_same_result_twice_keeps_one_row()
    {
        var result = StoredResults.Varied(2).Build();
        using var store = _under!.Open();
        Assert.That(store.Save(result), Is.True);
        Assert.That(store.Save(result), Is.False);
        Assert.That(store.SaveMany([result, StoredResults.Varied(4).Build()]), Is.EqualTo(new ImportCounts(1, 1)));
        Assert.That(store.SaveMany([result, StoredResults.Varied(4).Build()]), Is.EqualTo(new ImportCounts(0, 2)));
        Assert.That(store.Query(ResultFilter.All), Has.Count.EqualTo(2));
    }

    [Test]
    public void Batches_larger_than_one_transaction_all_land_whole()
    {
        // A 400-copy node's result (over 512 KB) among ordinary ones: documents that size get buffers of their own.
        var results = Enumerable.Range(0, 300).Select(i => StoredResults.Varied(i).Build()).Append((StoredResults.Varied(300) with { Copies = 400 }).Build()).ToArray();
        Assert.That(CalibrateJson.Serialize(results[^1]), Has.Length.GreaterThan(512 * 1024), "the large result must be over 512 KB, or this test does not test what it says");
        using var store = _under!.Open(new StoreOpenOptions { BatchSize = 64 });

        var counts = store.SaveMany(results);

        Assert.That(counts, Is.EqualTo(new ImportCounts(301, 0)));
        // Every document exactly as it went in, though later batches serialise into the buffers earlier ones used.
        var stored = store.ReadAll(ResultFilter.All).ToDictionary(r => r.Id, CalibrateJson.Serialize);
        Assert.That(stored, Is.EquivalentTo(results.ToDictionary(r => r.Id, CalibrateJson.Serialize)));
    }

    [Test]
    public void Queries_filter_by_node_label_cpu_model_and_time_newest_first()
    {
        var t0 = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var results = new[]
        {
            (StoredResults.Varied(10) with { Hostname = "a.example", Label = "bare", StartedUtc = t0 }).Build(),
            (StoredResults.Varied(11) with { Hostname = "a.example", Label = "kvm", StartedUtc = t0.AddHours(1) }).Build(),
            (StoredResults.Varied(12) with { Hostname = "b.example", Label = "bare", StartedUtc = t0.AddHours(2), CpuModel = "AMD EPYC 7302 16-Core Processor" }).Build(),
            (StoredResults.Varied(13) with { Hostname = "c.example", Label = null, StartedUtc = t0.AddHours(3) }).Build(),
        };
        using var store = _under!.Open();
        store.SaveMany(results);

        Assert.Multiple(() =>
        {
            Assert.That(Ids(store.Query(ResultFilter.All)), Is.EqualTo(Ids(results.Reverse())));
            Assert.That(Ids(store.Query(new ResultFilter { Hostname = "a.example" })), Is.EqualTo(Ids([results[1], results[0]])));
            Assert.That(Ids(store.Query(new ResultFilter { Label = "bare" })), Is.EqualTo(Ids([results[2], results[0]])));
            Assert.That(Ids(store.Query(new ResultFilter { CpuModel = "EPYC 7302" })), Is.EqualTo(Ids([results[2]])));
            Assert.That(Ids(store.Query(new ResultFilter { Since = t0.AddHours(1), Until = t0.AddHours(3) })), Is.EqualTo(Ids([results[2], results[1]])));
            Assert.That(Ids(store.Query(new ResultFilter { Limit = 2 })), Is.EqualTo(Ids([results[3], results[2]])));
            Assert.That(Ids(store.ReadAll(new ResultFilter { Label = "kvm" }).Select(ResultSummary.From)), Is.EqualTo(Ids([results[1]])));
        });
    }

    [Test]
    public void The_latest_result_of_each_node_is_its_newest_matching_one()
    {
        var t0 = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var results = new[]
        {
            (StoredResults.Varied(20) with { Hostname = "a.example", Label = "bare", StartedUtc = t0 }).Build(),
            (StoredResults.Varied(21) with { Hostname = "a.example", Label = "kvm", StartedUtc = t0.AddHours(1) }).Build(),
            (StoredResults.Varied(22) with { Hostname = "b.example", Label = "bare", StartedUtc = t0.AddHours(2) }).Build(),
            (StoredResults.Varied(23) with { Hostname = "b.example", Label = "bare", StartedUtc = t0.AddHours(1) }).Build(),
        };
        using var store = _under!.Open();
        store.SaveMany(results);

        Assert.That(Ids(store.LatestPerNode(ResultFilter.All)), Is.EqualTo(Ids([results[1], results[2]])));
        Assert.That(Ids(store.LatestPerNode(new ResultFilter { Label = "bare" })), Is.EqualTo(Ids([results[0], results[2]])));
        Assert.That(Ids(store.LatestPerNode(new ResultFilter { Until = t0.AddHours(2) })), Is.EqualTo(Ids([results[1], results[3]])));
    }

    [Test]
    public void Between_results_started_at_the_same_moment_the_smallest_id_is_the_latest()
    {
        var t0 = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var tied = Enumerable.Range(60, 6).Select(i => (StoredResults.Varied(i) with { Hostname = "tie.example", Label = "bare", StartedUtc = t0 }).Build()).ToArray();
        using var store = _under!.Open();
        store.SaveMany(tied.Reverse());

        // Both stores order ids as their 36-character text (PostgreSQL's uuid order is the same).
        var smallest = tied.Select(r => r.Id).MinBy(id => id.ToString("D"), StringComparer.Ordinal);
        Assert.That(store.LatestPerNode(ResultFilter.All).Single().Id, Is.EqualTo(smallest));
    }

    [Test]
    public void Latest_per_node_is_ordered_by_hostname_and_limited_after_ordering()
    {
        var t0 = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
        string[] hosts = ["wn10", "WN2", "wn2", "a-1", "wn1"];
        using var store = _under!.Open();
        store.SaveMany(hosts.Select((h, i) => (StoredResults.Varied(70 + i) with { Hostname = h, Label = "bare", StartedUtc = t0.AddMinutes(i) }).Build()));

        string[] ordinal = ["WN2", "a-1", "wn1", "wn10", "wn2"];
        Assert.That(store.LatestPerNode(ResultFilter.All).Select(s => s.Hostname), Is.EqualTo(ordinal));
        Assert.That(store.LatestPerNode(new ResultFilter { Limit = 2 }).Select(s => s.Hostname), Is.EqualTo(ordinal[..2]));
    }

    [Test]
    public void Kernel_scores_of_a_summary_are_those_of_the_result()
    {
        var result = StoredResults.Varied(80).Build();
        using var store = _under!.Open();
        store.Save(result);
        var expected = ResultSummary.From(result).KernelScores;
        Assert.That(store.Query(ResultFilter.All).Single().KernelScores, Is.EquivalentTo(expected));
        Assert.That(store.LatestPerNode(ResultFilter.All).Single().KernelScores, Is.EquivalentTo(expected));
    }

    [Test]
    public void Delete_removes_one_result()
    {
        var keep = StoredResults.Varied(30).Build();
        var drop = StoredResults.Varied(31).Build();
        using var store = _under!.Open();
        store.SaveMany([keep, drop]);

        Assert.That(store.Delete(drop.Id), Is.True);
        Assert.That(store.Delete(drop.Id), Is.False);
        Assert.That(store.Get(drop.Id), Is.Null);
        Assert.That(Ids(store.Query(ResultFilter.All)), Is.EqualTo(Ids([keep])));
    }

    [Test]
    public void Two_runs_finishing_at_the_same_moment_both_land()
    {
        const int perWriter = 40;
        using var start = new Barrier(2);
        var writers = Enumerable.Range(0, 2).Select(w => Task.Factory.StartNew(
            () =>
            {
                // Each writer has its own store instance (its own connection), like two processes.
                using var store = _under!.Open();
                // A writer that failed to open must fail the test, not leave the other waiting for ever.
                if (!start.SignalAndWait(TimeSpan.FromSeconds(60)))
                {
                    throw new TimeoutException("the other writer never reached the start");
                }

                for (var i = 0; i < perWriter; i++)
                {
                    store.Save(StoredResults.Varied((w * 1000) + i).Build());
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Assert.That(Task.WaitAll(writers, TimeSpan.FromMinutes(2)), Is.True, "the concurrent saves did not finish within 2 minutes");

        using var reader = _under!.Open();
        Assert.That(reader.Query(ResultFilter.All), Has.Count.EqualTo(2 * perWriter));
    }

    [Test]
    public void A_save_that_fails_inside_its_transaction_leaves_no_row()
    {
        using var store = _under!.Open(new StoreOpenOptions { BatchSize = 10 });
        Assert.That(() => store.SaveMany(Failing(25, failAt: 17)), Throws.InvalidOperationException);

        // The first batch (10) committed; the second failed mid-way and left nothing; every row is whole.
        var stored = store.Query(ResultFilter.All);
        Assert.That(stored, Has.Count.EqualTo(10));
        Assert.That(stored.Select(s => store.Get(s.Id)), Has.All.Not.Null);
    }

    [Test]
    public void Pending_migrations_are_reported_then_applied_once()
    {
        _under!.CreateAtVersion(1);
        using (var old = _under!.Open(new StoreOpenOptions { Migrate = false }))
        {
            Assert.That(old.SchemaVersion, Is.EqualTo(1));
            var after1 = Enumerable.Range(2, StoreSchema.CurrentVersion - 1).ToArray();
            Assert.That(old.PendingMigrations().Select(m => m.Version), Is.EqualTo(after1));
            var refused = Assert.Throws<StoreException>(() => old.Query(ResultFilter.All));
            Assert.That(refused!.Failure, Is.EqualTo(StoreFailure.OlderSchema));
            Assert.That(old.Migrate().Select(m => m.Version), Is.EqualTo(after1));
            Assert.That(old.Migrate(), Is.Empty);
        }

        using var current = _under!.Open();
        Assert.That(current.SchemaVersion, Is.EqualTo(StoreSchema.CurrentVersion));
        Assert.That(current.PendingMigrations(), Is.Empty);
        Assert.That(current.Save(StoredResults.Varied(40).Build()), Is.True);
    }

    [Test]
    public void An_older_store_is_migrated_on_open_by_default()
    {
        _under!.CreateAtVersion(1);
        using var store = _under!.Open();
        Assert.That(store.SchemaVersion, Is.EqualTo(StoreSchema.CurrentVersion));
    }

    private static IEnumerable<RunResult> Failing(int count, int failAt)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new InvalidOperationException("the import was interrupted");
            }

            yield return StoredResults.Varied(500 + i).Build();
        }
    }

    private static Guid[] Ids(IEnumerable<ResultSummary> summaries) => summaries.Select(s => s.Id).ToArray();

    private static Guid[] Ids(IEnumerable<RunResult> results) => results.Select(r => r.Id).ToArray();
}
