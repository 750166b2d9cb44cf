using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Calibrate.Workloads;

namespace Calibrate.Benchmarks.Kernels;

/// <summary>
/// Runs the kernels under the runtime knobs their reference seconds were measured with
/// (<see cref="ReferenceEnvironment"/>), so BenchmarkDotNet's numbers compare with the catalogue's.
/// </summary>
/// <remarks>
/// The knobs are a mutator job: they apply to whatever job runs (the default, or --job short on the command
/// line) instead of adding a second, full-length job beside it.
/// </remarks>
public sealed class KernelBenchmarkConfig : ManualConfig
{
    /// <summary>Pins the reference environment and GC mode on every job.</summary>
    public KernelBenchmarkConfig()
    {
        var variables = ReferenceEnvironment.Variables
            .Select(variable => new EnvironmentVariable(variable.Key, variable.Value))
            .ToArray();
        AddJob(Job.Default
            .WithEnvironmentVariables(variables)
            .WithGcServer(false)
            .WithGcConcurrent(false)
            .AsMutator());
    }
}
