using BenchmarkDotNet.Attributes;
using Calibrate.Workloads;

namespace Calibrate.Benchmarks.Kernels;

/// <summary>
/// One unit of each normalised kernel, to see what a kernel change costs and how stable its timing is before its
/// reference seconds are fixed. A unit is the runner's building block (a timed sample is several units), so its
/// mean here compares directly with the kernel's reference seconds per unit.
/// Run: dotnet run -c Release --project bench/Calibrate.Benchmarks -- --filter '*KernelBenchmarks*' --job short
/// </summary>
[Config(typeof(KernelBenchmarkConfig))]
public class KernelBenchmarks
{
    private IKernel? _kernel;

    /// <summary>The kernel names, straight from the catalogue so the benchmark never falls out of step.</summary>
    public static IEnumerable<string> KernelNames => KernelCatalog.Names;

    /// <summary>The kernel under measurement.</summary>
    [ParamsSource(nameof(KernelNames))]
    public string Kernel { get; set; } = "";

    /// <summary>Generates the input and checks one unit's output, as SPEC verifies before it times.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _kernel = KernelCatalog.Create(Kernel);
        _kernel.Setup();
        var checksum = _kernel.RunUnit();
        if (checksum != _kernel.ExpectedChecksum)
        {
            throw new InvalidOperationException(
                $"Kernel '{Kernel}' produced checksum 0x{checksum:X16}, expected 0x{_kernel.ExpectedChecksum:X16}.");
        }
    }

    /// <summary>One fixed-work unit; the checksum is returned so the JIT cannot drop the work.</summary>
    [Benchmark]
    public ulong Unit() => _kernel!.RunUnit();
}
