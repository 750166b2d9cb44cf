namespace Calibrate.Workloads.Determinism;

/// <summary>
/// The kernels' pseudorandom generator: xoshiro256**, seeded through <see cref="SplitMix64"/>, so that every
/// node generates bit-identical inputs.
/// </summary>
/// <remarks>
/// Blackman and Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47 (2021),
/// doi:10.1145/3460772; reference code xoshiro256starstar.c. Doubles use the top 53 bits, which is exact.
/// </remarks>
internal sealed class Xoshiro256StarStar
{
    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var mixer = new SplitMix64(seed);
        _s0 = mixer.Next();
        _s1 = mixer.Next();
        _s2 = mixer.Next();
        _s3 = mixer.Next();
    }

    /// <summary>Starts from an explicit state, for checking against the reference implementation's outputs.</summary>
    internal Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        _s0 = s0;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * TwoToMinus53;

    /// <summary>Uniform in [low, high).</summary>
    public double NextDouble(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>Uniform in [0, bound); the modulo bias is far below anything a workload could notice.</summary>
    public int NextInt(int bound) => (int)((NextUInt64() >> 1) % (ulong)bound);

    /// <summary>
    /// Approximately standard normal: the Irwin-Hall sum of 12 uniforms minus 6, which needs no logarithm or
    /// trigonometry and so stays bit-identical across platforms.
    /// </summary>
    public double NextGaussian()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6.0;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
