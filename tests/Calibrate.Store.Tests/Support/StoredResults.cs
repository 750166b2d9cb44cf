using System.Globalization;
using Calibrate.TestSupport.Results;

namespace Calibrate.Store.Tests.Support;

/// <summary>
/// Many different results, as a store holds them: each number its own id, node and start hour; an Intel node; seven
/// kernels of twelve seeded samples each, so every document differs; every 7th disturbed; an estimate on odd numbers.
/// </summary>
public static class StoredResults
{
    private static readonly IReadOnlyList<TestKernel> Kernels =
        [.. new[] { "intsort", "fft", "matmul", "lz", "hash", "nbody", "regex" }.Select(k => TestKernel.Scoring(k, 1.0, samples: 12, referenceSeconds: 0.01 + (k.Length * 0.001)))];

    public static TestResult Varied(int number) => TestResult.Numbered(number) with
    {
        Hostname = string.Create(CultureInfo.InvariantCulture, $"wn{number:D5}.example.org"),
        Label = "bare",
        CpuModel = "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz",
        Kernels = Kernels,
        Seed = number,
        Disturbed = number % 7 == 0,
        EstimateValue = number % 2 == 1 ? TestResult.DefaultEstimate : null,
    };
}
