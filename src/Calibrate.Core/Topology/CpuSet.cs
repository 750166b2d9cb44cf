using System.Collections;
using System.Globalization;
using System.Text;

namespace Calibrate.Core.Topology;

/// <summary>
/// An immutable, sorted set of logical CPU ids with no upper bound (nodes with 256 or more logical CPUs exist,
/// so this is never a 64-bit mask). Parses and prints the kernel's cpulist format ("0-3,8,10-11").
/// </summary>
public sealed class CpuSet : IReadOnlyList<int>, IEquatable<CpuSet>
{
    private readonly int[] _cpus;

    public static CpuSet Empty { get; } = new([]);

    private CpuSet(int[] sortedDistinct) => _cpus = sortedDistinct;

    public static CpuSet Of(IEnumerable<int> cpus)
    {
        ArgumentNullException.ThrowIfNull(cpus);
        var array = cpus.Distinct().Order().ToArray();
        if (array.Length > 0 && array[0] < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cpus), "CPU ids are non-negative.");
        }

        return new CpuSet(array);
    }

    public static CpuSet Range(int first, int count) => new(Enumerable.Range(first, count).ToArray());

    /// <summary>Parses the kernel's cpulist format, e.g. "0-3,8,10-11" (see Documentation/admin-guide/cputopology).</summary>
    public static CpuSet Parse(string text)
    {
        if (!TryParse(text, out var set, out var error))
        {
            throw new FormatException(error);
        }

        return set;
    }

    public static bool TryParse(string? text, out CpuSet set, out string error)
    {
        set = Empty;
        error = "";
        if (text is null)
        {
            error = "no CPU list";
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        var cpus = new List<int>();
        foreach (var part in trimmed.Split(',', StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                if (!TryParseId(part, out var single))
                {
                    error = $"'{part}' is not a CPU id (0 to {MaxCpuId}) in the CPU list '{trimmed}'";
                    return false;
                }

                cpus.Add(single);
                continue;
            }

            if (!TryParseId(part[..dash], out var from) || !TryParseId(part[(dash + 1)..], out var to) || to < from)
            {
                error = $"'{part}' is not a CPU range (ids 0 to {MaxCpuId}) in the CPU list '{trimmed}'";
                return false;
            }

            for (var cpu = from; cpu <= to; cpu++)
            {
                cpus.Add(cpu);
            }
        }

        set = Of(cpus);
        return true;
    }

    /// <summary>Parses the kernel's hex cpumask format ("00000000,0000000f"), comma-separated 32-bit words, most significant first.</summary>
    public static CpuSet ParseMask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().Split(',');
        var cpus = new List<int>();
        var bit = 0;
        for (var w = words.Length - 1; w >= 0; w--)
        {
            var word = words[w].Trim();
            for (var c = word.Length - 1; c >= 0; c--)
            {
                var nibble = int.Parse(word[c].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var b = 0; b < 4; b++)
                {
                    if ((nibble & (1 << b)) != 0)
                    {
                        cpus.Add(bit + b);
                    }
                }

                bit += 4;
            }
        }

        return Of(cpus);
    }

    /// <summary>
    /// The highest CPU id a list may name: Linux's NR_CPUS is at most 8192 (arch/x86/Kconfig, CONFIG_NR_CPUS_RANGE_END
    /// with MAXSMP), so 65535 leaves room while `0-99999999` is refused before a hundred million ids are allocated.
    /// </summary>
    public const int MaxCpuId = 65535;

    private static bool TryParseId(string s, out int id) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id <= MaxCpuId;

    public int Count => _cpus.Length;

    public int this[int index] => _cpus[index];

    public bool Contains(int cpu) => Array.BinarySearch(_cpus, cpu) >= 0;

    public bool IsSubsetOf(CpuSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _cpus.All(other.Contains);
    }

    public CpuSet Intersect(CpuSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CpuSet(_cpus.Where(other.Contains).ToArray());
    }

    public CpuSet Except(CpuSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CpuSet(_cpus.Where(c => !other.Contains(c)).ToArray());
    }

    public CpuSet Union(CpuSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Of(_cpus.Concat(other._cpus));
    }

    /// <summary>The cpulist form, compact ranges: "0-3,8".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < _cpus.Length)
        {
            var j = i;
            while (j + 1 < _cpus.Length && _cpus[j + 1] == _cpus[j] + 1)
            {
                j++;
            }

            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            sb.Append(_cpus[i].ToString(CultureInfo.InvariantCulture));
            if (j > i)
            {
                sb.Append('-').Append(_cpus[j].ToString(CultureInfo.InvariantCulture));
            }

            i = j + 1;
        }

        return sb.ToString();
    }

    public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)_cpus).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(CpuSet? other) => other is not null && _cpus.AsSpan().SequenceEqual(other._cpus);

    public override bool Equals(object? obj) => Equals(obj as CpuSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var cpu in _cpus)
        {
            hash.Add(cpu);
        }

        return hash.ToHashCode();
    }
}
