using System.Diagnostics;
using System.Globalization;
using Calibrate.Store.Tests.Support;

namespace Calibrate.Store.Tests;

/// <summary>
/// The issue's figures measured once, quickly (the BenchmarkDotNet versions are in bench/Calibrate.Benchmarks/Store):
/// import at least 20,000 results/s into SQLite; the latest result of each of 100,000 nodes in under 1 s.
/// Explicit: run with --filter "FullyQualifiedName~StoreFigures".
/// </summary>
[Explicit("a benchmark: tens of seconds")]
[TestFixtureSource(nameof(Kinds))]
public sealed class StoreFigures
{
    private static readonly StoreKind[] Kinds = [StoreKind.Sqlite, StoreKind.Postgres];
    private readonly StoreKind _kind;

    public StoreFigures(StoreKind kind) => _kind = kind;

    [Test]
    public void Import_and_latest_per_node()
    {
        const int nodes = 100_000;
        using var under = StoreUnderTest.Create(_kind);
        using var store = under.Open();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var results = Enumerable.Range(0, 2 * nodes).Select(i => (StoredResults.Varied(i) with { Hostname = $"wn{i % nodes:D5}.bench", StartedUtc = start.AddSeconds(i) }).Build()).ToArray();

        var import = Stopwatch.StartNew();
        var counts = store.SaveMany(results);
        import.Stop();
        Assert.That(counts.Inserted, Is.EqualTo(results.Length));

        store.LatestPerNode(new ResultFilter { Hostname = "wn00001.bench" });
        var times = Enumerable.Range(0, 3).Select(_ =>
        {
            var latest = Stopwatch.StartNew();
            Assert.That(store.LatestPerNode(ResultFilter.All), Has.Count.EqualTo(nodes));
            return latest.Elapsed.TotalSeconds;
        }).ToArray();
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{_kind}: imported {results.Length} results in {import.Elapsed.TotalSeconds:F2} s = {results.Length / import.Elapsed.TotalSeconds:F0} results/s; latest per node over {nodes} nodes: {string.Join(", ", times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))} s"));
        Assert.That(times.Min(), Is.LessThan(1.0));
    }
}
