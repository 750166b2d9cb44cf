using System.Collections.Concurrent;

namespace Calibrate.Store.Schema;

/// <summary>
/// Where a batch import keeps its serialised documents until they are inserted: in large buffers reused from batch to
/// batch, not one small array per result. A batch's documents (2,000 x 19 KB) outlive a gen0 collection while they
/// wait for their insert, and the GC copied every one of them into gen1: a third of the CPU time of serialising a
/// batch, measured. Large buffers sit on the large-object heap, which the GC does not copy.
/// </summary>
internal sealed class DocumentArena
{
    /// <summary>Buffers of 4 MB: about 200 quick-profile documents each.</summary>
    public const int ChunkBytes = 4 << 20;

    /// <summary>A document larger than this (a many-copy node's) gets an array of its own.</summary>
    private const int LargestShared = ChunkBytes / 8;

    private readonly ConcurrentBag<byte[]> _free = [];

    public Writer NewWriter() => new(this);

    /// <summary>Copies documents into the arena's buffers; one per serialising thread, not thread-safe.</summary>
    public sealed class Writer
    {
        private readonly DocumentArena _arena;
        private readonly List<byte[]> _used = [];
        private byte[]? _current;
        private int _offset;

        internal Writer(DocumentArena arena) => _arena = arena;

        /// <summary>A copy of the bytes, valid until <see cref="Release"/>.</summary>
        public ReadOnlyMemory<byte> Copy(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > LargestShared)
            {
                return bytes.ToArray();
            }

            if (_current is null || _offset + bytes.Length > _current.Length)
            {
                _current = _arena._free.TryTake(out var free) ? free : GC.AllocateUninitializedArray<byte>(ChunkBytes);
                _used.Add(_current);
                _offset = 0;
            }

            bytes.CopyTo(_current.AsSpan(_offset));
            var copy = new ReadOnlyMemory<byte>(_current, _offset, bytes.Length);
            _offset += bytes.Length;
            return copy;
        }

        /// <summary>Gives the buffers back for the next batch: every copy made by this writer is invalid after.</summary>
        public void Release()
        {
            foreach (var chunk in _used)
            {
                _arena._free.Add(chunk);
            }

            _used.Clear();
            _current = null;
        }
    }
}
