using Calibrate.Pushers.Lsf;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Support;

/// <summary>A copy of the realistic LSF configuration in TestData/lsf, in a temp conf dir of its own.</summary>
public sealed class LsfFixture : IDisposable
{
    private readonly TempDirectory _dir = new("calibrate-lsf");

    public LsfFixture()
    {
        ConfDir = _dir.Combine("conf");
        Directory.CreateDirectory(ConfDir);
        foreach (var file in Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "lsf")))
        {
            File.Copy(file, Path.Combine(ConfDir, Path.GetFileName(file)));
        }
    }

    public string Root => _dir.Path;

    public string ConfDir { get; }

    public string Spool => _dir.Combine("spool");

    public string Shared => Path.Combine(ConfDir, "lsf.shared");

    public string Cluster => Path.Combine(ConfDir, "lsf.cluster.demo");

    public string LsfConf => Path.Combine(ConfDir, "lsf.conf");

    public LsfConfigFiles Files => LsfConfigFiles.Locate(ConfDir, null);

    public static byte[] Bytes(string path) => File.ReadAllBytes(path);

    public void Dispose() => _dir.Dispose();
}
