namespace Calibrate.Workloads;

/// <summary>
/// The part every kernel shares: it keeps the seed, refuses to run before <see cref="Setup"/>, and leaves
/// input generation and the unit of work itself to the kernel.
/// </summary>
public abstract class SeededKernel : IKernel
{
    private bool _ready;

    /// <summary>Creates a kernel whose input will be generated from <paramref name="seed"/>.</summary>
    protected SeededKernel(ulong seed) => Seed = seed;

    /// <summary>The seed the input is generated from.</summary>
    public ulong Seed { get; }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <inheritdoc />
    public abstract double ReferenceSeconds { get; }

    /// <inheritdoc />
    public abstract ulong ExpectedChecksum { get; }

    /// <inheritdoc />
    public void Setup()
    {
        GenerateInput();
        _ready = true;
    }

    /// <inheritdoc />
    public ulong RunUnit()
    {
        if (!_ready)
        {
            throw new InvalidOperationException($"Kernel '{Name}': call Setup() before RunUnit().");
        }

        return RunUnitCore();
    }

    /// <summary>Builds the input from <see cref="Seed"/>; untimed.</summary>
    protected abstract void GenerateInput();

    /// <summary>One unit of fixed work (see <see cref="IKernel.RunUnit"/>); must not depend on state left by earlier units.</summary>
    protected abstract ulong RunUnitCore();
}
