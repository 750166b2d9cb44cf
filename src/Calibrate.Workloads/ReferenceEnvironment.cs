namespace Calibrate.Workloads;

/// <summary>
/// The runtime knobs under which the kernels are normalised and their reference seconds were measured: full JIT
/// optimisation from the first call (no tiering, no dynamic PGO, no precompiled code), hardware intrinsics off so
/// the BCL and JIT emit the same baseline-ISA code on every node, and the workstation non-concurrent GC with a fixed
/// gen0 budget.
/// </summary>
/// <remarks>
/// HEP-SPEC06 fixes its compiler and flags (-O2, baseline ISA) for the same reason: the score has to measure the
/// node, not what the toolchain chose to do on it. Whoever launches a measuring process sets these variables, and
/// the result records them. Tiering and dynamic PGO off: every method is compiled once, fully optimised, and code
/// does not change mid-run with what a profile saw. ReadyToRun off: precompiled framework code would bring its own
/// ISA choices. Workstation non-concurrent GC: no background GC thread competes with the other copies. The gen0
/// budget (64 MiB) is fixed because the runtime otherwise sizes it from the node's cache, so the allocating kernels
/// (xalancbmk, omnetpp) would collect at different points on different nodes.
/// Knobs: learn.microsoft.com "Runtime configuration options" (compilation, garbage collector) and
/// dotnet/runtime src/coreclr/inc/clrconfignames.h (EnableHWIntrinsic, GCgen0size).
/// </remarks>
public static class ReferenceEnvironment
{
    /// <summary>Environment variables for a measuring process, in a fixed order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Variables { get; } =
    [
        new("DOTNET_TieredCompilation", "0"),
        new("DOTNET_TieredPGO", "0"),
        new("DOTNET_ReadyToRun", "0"),
        new("DOTNET_EnableHWIntrinsic", "0"),
        new("DOTNET_gcServer", "0"),
        new("DOTNET_gcConcurrent", "0"),
        new("DOTNET_GCgen0size", "0x4000000"),
    ];
}
