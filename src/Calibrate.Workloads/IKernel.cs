namespace Calibrate.Workloads;

/// <summary>
/// A normalised CPU workload: fixed input generated from a fixed seed, a small fixed unit of work, and an output
/// checksum that every unit must reproduce on every node (as SPEC verifies its outputs).
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

    /// <summary>Reference seconds for one unit of work (see <see cref="KernelCatalog"/> for how they were fixed).</summary>
    double ReferenceSeconds { get; }

    /// <summary>The checksum every unit's output must equal.</summary>
    ulong ExpectedChecksum { get; }

    /// <summary>Generates the input from the kernel's fixed seed. Untimed; called once per process.</summary>
    void Setup();

    /// <summary>Does one unit of work and returns the checksum of its output.</summary>
    /// <remarks>
    /// One unit is a fixed amount of work: identical on every call, independent of any state an earlier call left
    /// (the kernel resets what it uses at the start of the unit), and verified by <see cref="ExpectedChecksum"/>.
    /// Units are small so that a runner can time a number of them as one sample and choose that number for the
    /// node's speed; <see cref="ReferenceSeconds"/> is per unit, so a score stays reference seconds over seconds
    /// per unit whatever the number.
    /// </remarks>
    ulong RunUnit();
}
