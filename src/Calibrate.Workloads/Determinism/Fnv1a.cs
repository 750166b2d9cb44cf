namespace Calibrate.Workloads.Determinism;

/// <summary>
/// 64-bit FNV-1a, the checksum every kernel folds its output into, byte by byte (little-endian for wider
/// values) so the checksum is the same on every platform and needs no vectorised BCL hashing.
/// </summary>
/// <remarks>Fowler, Noll and Vo, draft-eastlake-fnv (IETF); offset basis and prime from there.</remarks>
internal static class Fnv1a
{
    public const ulong OffsetBasis = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x00000100000001B3UL;

    public static ulong Add(ulong hash, byte value) => (hash ^ value) * Prime;

    public static ulong Add(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }

        return hash;
    }

    public static ulong Add(ulong hash, long value) => Add(hash, unchecked((ulong)value));

    public static ulong Add(ulong hash, int value) => Add(hash, unchecked((ulong)(long)value));

    /// <summary>Folds in the exact bits of a double, so the checksum sees every rounding difference.</summary>
    public static ulong Add(ulong hash, double value) => Add(hash, BitConverter.DoubleToInt64Bits(value));
}
