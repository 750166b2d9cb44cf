namespace Calibrate.Workloads;

/// <summary>
/// The runtime knobs under which the kernels are normalised and their reference seconds were measured: full JIT
/// optimisation from the first call (no tiering, no dynamic PGO, no precompiled code), hardware intrinsics off so
/// the BCL and JIT emit the same baseline-ISA code on every node, and the workstation non-concurrent GC.
/// </summary>
/// <remarks>
/// HEP-SPEC06 fixes its compiler and flags (-O2, baseline ISA) for the same reason: the score has to measure the
/// node, not what the toolchain chose to do on it. Whoever launches a measuring process sets these variables.
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
    ];
}
