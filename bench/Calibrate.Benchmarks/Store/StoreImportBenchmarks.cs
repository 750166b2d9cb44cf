using BenchmarkDotNet.Attributes;
using Calibrate.Core.Results;
using Calibrate.Store;
using Calibrate.Store.Sqlite;

namespace Calibrate.Benchmarks.Store;

/// <summary>
/// Batch import into SQLite (issue 4: at least 20,000 results/s). One operation imports <see cref="Count"/> results
/// into a fresh store file: shaped like a real quick-profile run (2 copies x 9 kernels x 44 samples, about 19 KB of
/// compact JSON), and, for comparison with earlier figures, with 12 samples per kernel (about 8 KB).
/// Run: dotnet run -c Release --project bench/Calibrate.Benchmarks -- --filter '*StoreImport*' --iterationCount 15
/// </summary>
[MemoryDiagnoser]
public class StoreImportBenchmarks
{
    public const int Count = 20_000;

    private RunResult[] _results = [];
    private string _directory = "";

    [Params(12, StoreBenchResults.QuickProfileSamples)]
    public int SamplesPerKernel { get; set; } = StoreBenchResults.QuickProfileSamples;

    [GlobalSetup]
    public void Setup() => _results = Enumerable.Range(0, Count).Select(i => StoreBenchResults.Create(i, samples: SamplesPerKernel)).ToArray();

    [IterationSetup]
    public void NewStore()
    {
        _directory = Path.Combine(Path.GetTempPath(), "calibrate-bench-import", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [IterationCleanup]
    public void DeleteStore() => Directory.Delete(_directory, recursive: true);

    [Benchmark(OperationsPerInvoke = Count)]
    public int ImportIntoSqlite()
    {
        using var store = SqliteResultStore.Open(Path.Combine(_directory, "calibrate.db"));
        return store.SaveMany(_results).Inserted;
    }
}
