namespace Calibrate.Workloads;

/// <summary>
/// A normalised CPU workload: fixed input generated from a fixed seed, a fixed amount of work per iteration,
/// and an output checksum that every iteration must reproduce on every node (as SPEC verifies its outputs).
/// </summary>
/// <remarks>
/// Kernels use scalar code only: no System.Numerics.Vector, no intrinsics, and no BCL call whose speed depends on
/// the vector width (Span.IndexOf, SequenceEqual, Array.Sort of primitives...). Floating point stays within
/// +, -, *, / and Math.Sqrt, which IEEE 754 defines exactly, so the checksum is the same on every x64 and Arm64 node.
/// </remarks>
public interface IKernel
{
    /// <summary>Short name after the SPEC CPU2006 benchmark it stands for: "namd", "dealII", ...</summary>
    string Name { get; }

    /// <summary>One line: what the kernel does and which HEP-SPEC06 benchmark it has the character of.</summary>
    string Description { get; }

    /// <summary>Reference seconds for one iteration (see <see cref="KernelCatalog"/> for how they were fixed).</summary>
    double ReferenceSeconds { get; }

    /// <summary>The checksum every iteration's output must equal.</summary>
    ulong ExpectedChecksum { get; }

    /// <summary>Generates the input from the kernel's fixed seed. Untimed; called once per process.</summary>
    void Setup();

    /// <summary>Does one iteration of fixed work and returns the checksum of its output.</summary>
    ulong RunIteration();
}
