using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Probes;

/// <summary>
/// The memory-latency probe: a pointer chase through one random cycle over the cache lines of 64 MiB, every load
/// depending on the one before and missing the caches: about 5 ms per run (about 240 ns a step on the development
/// machine). The same walk as bench/floors/memlat.c, the harness's memory floor; each run continues the cycle where the
/// last one stopped, so it keeps missing.
/// </summary>
/// <remarks>
/// The cycle visits one int per 64-byte line, so it has 1 Mi links rather than 16 Mi: every step still lands on a
/// line at random within the 64 MiB, as a walk over every int did, but building it (Sattolo's algorithm, which
/// yields a single cycle directly: Sattolo, "An algorithm to generate a random cyclic permutation", Information
/// Processing Letters 22 (1986) 315-317) shuffles 16 times fewer entries: 0.07 s instead of 1.1 s here, and on a 5x
/// slower node 6 s less of the quick profile's minute spent before the first sample.
/// </remarks>
public sealed class MemoryLatencyProbe : INoiseProbe
{
    public const int MiB = 64;
    public const int Steps = 20_000;

    /// <summary>Ints per 64-byte cache line: the walk's stride.</summary>
    public const int IntsPerLine = 64 / sizeof(int);

    private const ulong Seed = 20261201;
    private int[] _next = [];
    private int _position;

    public string Name => "memory";

    /// <summary>The probe verifies that the walk stays on its one cycle: after any run the position is a line's first int.</summary>
    public ulong ExpectedChecksum => 0;

    public void Setup()
    {
        var successor = SingleCycle(MiB * 1024 * 1024 / 64, Seed);
        _next = new int[successor.Length * IntsPerLine];
        for (var i = 0; i < successor.Length; i++)
        {
            _next[i * IntsPerLine] = successor[i] * IntsPerLine;
        }
    }

    /// <summary>
    /// A random cyclic permutation of 0..length-1 (Sattolo: each position is swapped only with an earlier one), so
    /// following i -> successor[i] from anywhere visits every index once before it returns.
    /// </summary>
    internal static int[] SingleCycle(int length, ulong seed)
    {
        var successor = new int[length];
        for (var i = 0; i < length; i++)
        {
            successor[i] = i;
        }

        var random = new SplitMix64(seed);
        for (var i = length - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)i);
            (successor[i], successor[j]) = (successor[j], successor[i]);
        }

        return successor;
    }

    public ulong Run()
    {
        var next = _next;
        var p = _position;
        for (var i = 0; i < Steps; i++)
        {
            p = next[p];
        }

        _position = p;
        return (uint)p < (uint)next.Length && p % IntsPerLine == 0 ? 0UL : 1UL;
    }
}
