namespace Calibrate.Workloads.Determinism;

/// <summary>
/// SplitMix64: turns one 64-bit seed into a well-mixed stream, used to seed <see cref="Xoshiro256StarStar"/>.
/// </summary>
/// <remarks>
/// Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014,
/// doi:10.1145/2660193.2660195; constants as in Vigna's reference splitmix64.c. Written out here rather than
/// taken from System.Random, whose algorithm is not a contract and may change between runtimes.
/// </remarks>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
