using System.Globalization;
using CsCheck;

namespace Calibrate.Cli.Tests.Fuzz;

/// <summary>
/// Cases drawn from CsCheck generators with a fixed PCG stream and seed, so every run of the suite checks the same
/// inputs and a failure names the case that reproduces it. `CALIBRATE_FUZZ_CASES` and `CALIBRATE_FUZZ_SEED` run more
/// or other cases outside CI (a longer campaign), with the same assertions.
/// </summary>
internal static class Seeded
{
    /// <summary>The stream of every property; the seed of each is its own constant, so adding one changes no other.</summary>
    private const uint Stream = 15;

    public static IReadOnlyList<T> Cases<T>(Gen<T> gen, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(gen);
        var cases = Environment.GetEnvironmentVariable("CALIBRATE_FUZZ_CASES") is { } n && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var more) ? more : count;
        var chosen = Environment.GetEnvironmentVariable("CALIBRATE_FUZZ_SEED") is { } s && ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var other) ? other : seed;
        var pcg = new PCG(Stream, chosen);
        return [.. Enumerable.Range(0, cases).Select(_ => gen.Generate(pcg, null, out Size _))];
    }

    /// <summary>One of the given values, uniformly.</summary>
    public static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>A value of one of the given generators, chosen uniformly.</summary>
    public static Gen<T> Either<T>(params Gen<T>[] gens) => Gen.Int[0, gens.Length - 1].SelectMany(i => gens[i]);

    /// <summary>Printable ASCII, whitespace, control and escape characters, quotes and YAML/JSON/CSV punctuation, some non-ASCII.</summary>
    public static Gen<string> Text(int maxLength) =>
        Either(
            Gen.Char['\u0000', '\u007f'],
            Pick('\n', '\r', '\t', '\u001b', '"', '\'', ',', ':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`', '=', '\u00e9', '\u202e', '\ufeff'))
        .Array[0, maxLength].Select(chars => new string(chars));
}
