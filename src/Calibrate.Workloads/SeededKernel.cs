namespace Calibrate.Workloads;

/// <summary>
/// The part every kernel shares: it keeps the seed, refuses to run before <see cref="Setup"/>, and leaves
/// input generation and the iteration itself to the kernel.
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
    public ulong RunIteration()
    {
        if (!_ready)
        {
            throw new InvalidOperationException($"Kernel '{Name}': call Setup() before RunIteration().");
        }

        return Iterate();
    }

    /// <summary>Builds the input from <see cref="Seed"/>; untimed.</summary>
    protected abstract void GenerateInput();

    /// <summary>One iteration of fixed work; must not depend on state left by earlier iterations.</summary>
    protected abstract ulong Iterate();
}
