namespace Calibrate.Agent.Running;

/// <summary>
/// The runtime settings fixed in every copy's process so that the same code runs on every node, and recorded in the
/// result (ARCHITECTURE.md, "Normalised workloads").
/// </summary>
/// <remarks>
/// HS06 is built with plain -O2 for a baseline ISA. The .NET equivalents: hardware intrinsics off, so the JIT emits
/// baseline (x86-64: SSE2) code whatever the CPU has and no BCL method takes a vectorised path; tiered compilation
/// and dynamic PGO off, so every method is compiled once, fully optimised, and code does not change mid-run with
/// what the profile saw; ReadyToRun off, so precompiled framework code does not bring its own ISA choices;
/// workstation non-concurrent GC, so no background GC thread competes with the other copies.
/// Knobs: docs.microsoft.com "Runtime configuration options" (compilation, garbage collector) and
/// dotnet/runtime src/coreclr/inc/clrconfigvalues.h (EnableHWIntrinsic).
/// </remarks>
public static class RuntimeKnobs
{
    public static IReadOnlyDictionary<string, string> ForCopies { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["DOTNET_EnableHWIntrinsic"] = "0",
        ["DOTNET_TieredCompilation"] = "0",
        ["DOTNET_TieredPGO"] = "0",
        ["DOTNET_ReadyToRun"] = "0",
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_gcConcurrent"] = "0",
    };
}
