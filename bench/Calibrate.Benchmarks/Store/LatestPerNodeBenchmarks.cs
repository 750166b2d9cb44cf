using BenchmarkDotNet.Attributes;
using Calibrate.Store;

namespace Calibrate.Benchmarks.Store;

/// <summary>
/// The latest result of each of 100,000 nodes (issue 4: under 1 s), two results per node, from SQLite and, when
/// $CALIBRATE_TEST_POSTGRES is set (.ci/start-postgres.sh), PostgreSQL. The query reads summary rows only, so the
/// results carry few samples: the documents, in their own table (SQLite) or TOAST (PostgreSQL), only slow the filling.
/// Run: dotnet run -c Release --project bench/Calibrate.Benchmarks -- --filter '*LatestPerNode*' --job short
/// </summary>
public class LatestPerNodeBenchmarks
{
    public const int Nodes = 100_000;

    private IResultStore? _store;
    private string? _directory;

    [Params("sqlite", "postgresql")]
    public string Kind { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        if (Kind == "postgresql")
        {
            var url = Environment.GetEnvironmentVariable("CALIBRATE_TEST_POSTGRES")
                ?? throw new InvalidOperationException("set CALIBRATE_TEST_POSTGRES: eval \"$(.ci/start-postgres.sh)\"");
            _store = StoreFactory.Open(url, "unused");
            if (_store.LatestPerNode(new ResultFilter { Hostname = "wn00000.bench" }).Count == 0)
            {
                Fill(_store);
            }

            return;
        }

        _directory = Path.Combine(Path.GetTempPath(), "calibrate-bench-latest", Guid.NewGuid().ToString("N"));
        _store = StoreFactory.Open(Path.Combine(_directory, "calibrate.db"), "unused");
        Fill(_store);
    }

    private static void Fill(IResultStore store)
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        store.SaveMany(Enumerable.Range(0, 2 * Nodes).Select(i =>
            StoreBenchResults.Create(i, $"wn{i % Nodes:D5}.bench", started: start.AddSeconds(i), samples: 4)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark]
    public int LatestPerNode() => _store!.LatestPerNode(ResultFilter.All).Count;
}
