using BenchmarkDotNet.Running;

namespace Calibrate.Benchmarks;

/// <summary>Entry point: every benchmark class in this assembly, chosen with BenchmarkDotNet's --filter.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
