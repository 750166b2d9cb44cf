using Calibrate.Workloads.Determinism;
using Calibrate.Workloads.Kernels.Xalan;

namespace Calibrate.Workloads.Kernels;

/// <summary>
/// Parses a generated XML catalogue into a tree of heap objects, transforms it with several stylesheets
/// (select, sort, emit) and serialises the results: the allocation-heavy, pointer-chasing text processing of 483.xalancbmk.
/// </summary>
/// <remarks>
/// Each of the ten documents (over 1 MB of UTF-16) and the tree built from it exceed L2, as xalancbmk's do,
/// while the live heap stays small enough that a gen0 collection landing inside an iteration costs little.
/// Every iteration parses afresh and builds new trees; only the interned name table persists, and its contents
/// are the same after the first parse.
/// </remarks>
public sealed class XalancbmkKernel(ulong seed = XalancbmkKernel.DefaultSeed) : SeededKernel(seed)
{
    /// <summary>The seed of the reference input.</summary>
    public const ulong DefaultSeed = 483;

    private const double ReferenceTime = 1.14;
    private const ulong Checksum = 0x48ECB7C6549D98E7;
    private const int Documents = 10;
    private const int ItemsPerDocument = 2_000;

    private readonly NameTable _names = new();
    private readonly CharBuffer _output = new(1 << 20);
    private readonly CharBuffer[] _documents = new CharBuffer[Documents];
    private CatalogTransform? _transform;

    /// <inheritdoc />
    public override string Name => "xalancbmk";

    /// <inheritdoc />
    public override string Description => "XML parse, four XSLT-like select/sort/emit passes, serialise (483.xalancbmk)";

    /// <inheritdoc />
    public override double ReferenceSeconds => ReferenceTime;

    /// <inheritdoc />
    public override ulong ExpectedChecksum => Checksum;

    /// <inheritdoc />
    protected override void GenerateInput()
    {
        var rng = new Xoshiro256StarStar(Seed);
        for (var d = 0; d < Documents; d++)
        {
            _documents[d] = CatalogDocument.Generate(rng, ItemsPerDocument);
        }

        _transform = new CatalogTransform(_names);
    }

    /// <inheritdoc />
    protected override ulong RunUnitCore()
    {
        var parser = new XmlParser(_names);
        var writer = new XmlWriter(_names);
        var hash = Fnv1a.OffsetBasis;
        foreach (var document in _documents)
        {
            var catalog = parser.Parse(document.Chars, document.Length);
            for (var pass = 0; pass < CatalogTransform.Passes; pass++)
            {
                var report = _transform!.Transform(catalog, pass);
                _output.Clear();
                writer.Write(report, _output);
                hash = Hash(hash, _output);
            }
        }

        return hash;
    }

    private static ulong Hash(ulong hash, CharBuffer text)
    {
        var chars = text.Chars;
        for (var i = 0; i < text.Length; i++)
        {
            hash = Fnv1a.Add(hash, (byte)chars[i]);
            hash = Fnv1a.Add(hash, (byte)(chars[i] >> 8));
        }

        return hash;
    }
}
