namespace Calibrate.Workloads.Kernels.Omnetpp;

/// <summary>
/// The future-event set: a binary min-heap of event references, written out rather than taken from
/// PriorityQueue so the kernel's work is independent of the BCL's implementation.
/// </summary>
internal sealed class EventHeap
{
    private SimEvent[] _items = new SimEvent[1024];

    public int Count { get; private set; }

    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _items[i] = null!;
        }

        Count = 0;
    }

    public void Push(SimEvent item)
    {
        if (Count == _items.Length)
        {
            var larger = new SimEvent[2 * _items.Length];
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
            if (!item.Precedes(_items[parent]))
            {
                break;
            }

            _items[hole] = _items[parent];
            hole = parent;
        }

        _items[hole] = item;
    }

    public SimEvent Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        _items[Count] = null!;
        if (Count > 0)
        {
            SiftDown(last);
        }

        return top;
    }

    private void SiftDown(SimEvent item)
    {
        var hole = 0;
        while (true)
        {
            var child = (2 * hole) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && _items[child + 1].Precedes(_items[child]))
            {
                child++;
            }

            if (!_items[child].Precedes(item))
            {
                break;
            }

            _items[hole] = _items[child];
            hole = child;
        }

        _items[hole] = item;
    }
}
