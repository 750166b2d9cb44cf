using BenchmarkDotNet.Attributes;
using Calibrate.Core.Results;
using Calibrate.Store;
using Calibrate.Store.Sqlite;

namespace Calibrate.Benchmarks.Store;

/// <summary>
/// Batch import into SQLite (issue 4: at least 20,000 results/s). One operation imports <see cref="Count"/> realistic
/// results (2 copies x 7 kernels x 12 samples, about 7 KB of JSON each) into a fresh store file.
/// Run: dotnet run -c Release --project bench/Calibrate.Benchmarks -- --filter '*StoreImport*' --job short
/// </summary>
[MemoryDiagnoser]
public class StoreImportBenchmarks
{
    public const int Count = 20_000;

    private RunResult[] _results = [];
    private string _directory = "";

    [GlobalSetup]
    public void Setup() => _results = Enumerable.Range(0, Count).Select(i => StoreBenchResults.Create(i)).ToArray();

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
