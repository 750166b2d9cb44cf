using System.Runtime.InteropServices;
using Calibrate.Store.Schema;

namespace Calibrate.Store.Tests.Schema;

public sealed class DocumentArenaTests
{
    [Test]
    public void Copies_keep_their_bytes_across_buffers_while_other_writers_reuse_released_ones()
    {
        var arena = new DocumentArena();
        var first = arena.NewWriter();
        var firstDocuments = Documents(seed: 1, count: 600).Select(d => (Bytes: d, Copy: first.Copy(d))).ToArray();
        Assert.That(firstDocuments.Select(d => Array(d.Copy)).Distinct().Count(), Is.GreaterThan(1), "the documents span several buffers");

        var second = arena.NewWriter();
        var secondDocuments = Documents(seed: 2, count: 600).Select(d => (Bytes: d, Copy: second.Copy(d))).ToArray();
        first.Release();

        // A third writer reuses what the first released, and leaves the second's documents alone.
        var third = arena.NewWriter();
        var thirdDocuments = Documents(seed: 3, count: 600).Select(d => (Bytes: d, Copy: third.Copy(d))).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(thirdDocuments.Select(d => Array(d.Copy)).Intersect(firstDocuments.Select(d => Array(d.Copy))), Is.Not.Empty);
            Assert.That(secondDocuments.All(d => d.Copy.Span.SequenceEqual(d.Bytes)), Is.True);
            Assert.That(thirdDocuments.All(d => d.Copy.Span.SequenceEqual(d.Bytes)), Is.True);
        });
    }

    [Test]
    public void A_document_too_large_to_share_a_buffer_gets_its_own()
    {
        var writer = new DocumentArena().NewWriter();
        var large = Documents(seed: 4, count: 1, length: 1 << 20).Single();
        var copy = writer.Copy(large);
        Assert.That(Array(copy), Has.Length.EqualTo(large.Length));
        Assert.That(copy.Span.SequenceEqual(large), Is.True);
    }

    private static byte[] Array(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) ? segment.Array! : throw new AssertionException("not an array");

    private static IEnumerable<byte[]> Documents(int seed, int count, int length = 19_000)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var bytes = new byte[length - random.Next(0, 5000)];
            random.NextBytes(bytes);
            yield return bytes;
        }
    }
}
