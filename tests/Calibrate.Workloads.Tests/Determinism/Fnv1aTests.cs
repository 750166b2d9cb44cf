using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Tests.Determinism;

[TestFixture]
public sealed class Fnv1aTests
{
    [TestCase("", 0xCBF29CE484222325UL)]
    [TestCase("a", 0xAF63DC4C8601EC8CUL)]
    [TestCase("foobar", 0x85944171F73967E8UL)]
    public void Bytes_reproduce_the_published_fnv1a_64_vectors(string text, ulong expected)
    {
        var hash = Fnv1a.OffsetBasis;
        foreach (var b in System.Text.Encoding.ASCII.GetBytes(text))
        {
            hash = Fnv1a.Add(hash, b);
        }

        Assert.That(hash, Is.EqualTo(expected));
    }

    [Test]
    public void A_64_bit_value_is_folded_in_as_its_eight_little_endian_bytes()
    {
        const ulong value = 0x0123456789ABCDEFUL;
        var byteWise = Fnv1a.OffsetBasis;
        foreach (var b in new byte[] { 0xEF, 0xCD, 0xAB, 0x89, 0x67, 0x45, 0x23, 0x01 })
        {
            byteWise = Fnv1a.Add(byteWise, b);
        }

        Assert.That(Fnv1a.Add(Fnv1a.OffsetBasis, value), Is.EqualTo(byteWise));
    }

    [Test]
    public void Doubles_are_hashed_by_their_bits_so_negative_zero_differs_from_zero()
    {
        Assert.That(Fnv1a.Add(Fnv1a.OffsetBasis, -0.0), Is.Not.EqualTo(Fnv1a.Add(Fnv1a.OffsetBasis, 0.0)));
    }
}
