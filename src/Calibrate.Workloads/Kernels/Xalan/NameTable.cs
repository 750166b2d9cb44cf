namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>
/// Interns element and attribute names to small integers, as XML parsers do, with a hand-written
/// open-addressing hash table (string hashing in the BCL is randomised per process and vectorised).
/// </summary>
internal sealed class NameTable
{
    private const int Capacity = 256;

    private readonly int[] _slots = new int[Capacity];
    private readonly char[][] _names = new char[Capacity][];
    private int _count;

    public NameTable()
    {
        for (var i = 0; i < Capacity; i++)
        {
            _slots[i] = -1;
        }
    }

    public char[] NameOf(int id) => _names[id];

    public int Intern(string name)
    {
        var chars = new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            chars[i] = name[i];
        }

        return Intern(chars, 0, chars.Length);
    }

    public int Intern(char[] source, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ source[start + i]) * 16777619u;
        }

        var slot = (int)(hash % Capacity);
        while (_slots[slot] >= 0)
        {
            var candidate = _names[_slots[slot]];
            if (Same(candidate, source, start, length))
            {
                return _slots[slot];
            }

            slot = (slot + 1) % Capacity;
        }

        if (_count == Capacity / 2)
        {
            throw new InvalidOperationException("Name table full: the generated vocabulary is small by design.");
        }

        var name = new char[length];
        for (var i = 0; i < length; i++)
        {
            name[i] = source[start + i];
        }

        _names[_count] = name;
        _slots[slot] = _count;
        return _count++;
    }

    private static bool Same(char[] name, char[] source, int start, int length)
    {
        if (name.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (name[i] != source[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
