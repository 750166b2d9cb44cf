using Calibrate.TestSupport.Files;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>
/// The captured sysroots in TestData/sysroots, unpacked once into a temporary directory for the whole Probing
/// namespace (NUnit runs a SetUpFixture's OneTimeSetUp before any fixture below it).
/// </summary>
[SetUpFixture]
public sealed class SysrootCaptures
{
    private static string? _unpacked;

    public static string SourceDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "sysroots");

    /// <summary>The unpacked tree of one capture; its archive holds one top-level directory named as the capture.</summary>
    public static string PathOf(string capture) =>
        Path.Combine(_unpacked ?? throw new InvalidOperationException("Captures are not unpacked yet."), capture);

    public static string LscpuExpectedOf(string capture) => Path.Combine(SourceDirectory, capture + ".lscpu-expected.txt");

    [OneTimeSetUp]
    public void Unpack()
    {
        _unpacked = Path.Combine(Path.GetTempPath(), "calibrate-sysroots-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_unpacked);
        foreach (var archive in Directory.EnumerateFiles(SourceDirectory, "*.tar.gz"))
        {
            TarGzExtractor.Extract(archive, _unpacked);
        }
    }

    [OneTimeTearDown]
    public void Remove()
    {
        if (_unpacked is not null && Directory.Exists(_unpacked))
        {
            Directory.Delete(_unpacked, recursive: true);
        }
    }
}
