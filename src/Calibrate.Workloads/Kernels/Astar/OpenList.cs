namespace Calibrate.Workloads.Kernels.Astar;

/// <summary>
/// A* open list: a binary min-heap of (f, g, cell) packed into one long so that ordering, including ties, is a
/// plain integer comparison and identical on every node.
/// </summary>
/// <remarks>Stale entries are left in the heap and skipped when popped (lazy deletion).</remarks>
internal sealed class OpenList
{
    private long[] _items = new long[4096];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>Orders by lower f, then by higher g (deeper nodes first), then by cell index.</summary>
    public static long Key(int f, int g, int cell) =>
        ((long)f << 42) | ((long)(0x1FFFFF - g) << 21) | (long)cell;

    public static int CellOf(long key) => (int)(key & 0x1FFFFF);

    public void Push(long key)
    {
        if (Count == _items.Length)
        {
            var larger = new long[2 * _items.Length];
            for (var i = 0; i < Count; i++)
            {
                larger[i] = _items[i];
            }

            _items = larger;
        }

        var hole = Count++;
        while (hole > 0)
        {
            var parent = (hole - 1) / 2;
            if (_items[parent] <= key)
            {
                break;
            }

            _items[hole] = _items[parent];
            hole = parent;
        }

        _items[hole] = key;
    }

    public long Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        var hole = 0;
        while (true)
        {
            var child = (2 * hole) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && _items[child + 1] < _items[child])
            {
                child++;
            }

            if (_items[child] >= last)
            {
                break;
            }

            _items[hole] = _items[child];
            hole = child;
        }

        _items[hole] = last;
        return top;
    }
}
