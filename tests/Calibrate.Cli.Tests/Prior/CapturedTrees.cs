using Calibrate.TestSupport.Files;

namespace Calibrate.Cli.Tests.Prior;

/// <summary>
/// The captured sysroots of tests/Calibrate.Agent.Tests/TestData/sysroots (from shared/testdata and the development
/// VM), unpacked into a temporary directory; optionally with the model name of /proc/cpuinfo replaced, to show a
/// real tree as a CPU model the HS23 table has (the layout, topology and hypervisor stay the capture's).
/// </summary>
internal sealed class CapturedTrees : IDisposable
{
    public static readonly string[] All = ["vbox-win", "vmware_fpe", "x86_64-dell_e4310", "kvm_epyc_2vcpu"];

    private readonly TempDirectory _directory = new("calibrate-prior-sysroots");

    /// <summary>The unpacked tree of <paramref name="capture"/>, its cpuinfo model name <paramref name="modelName"/> where given.</summary>
    public string Unpack(string capture, string? modelName = null)
    {
        TarGzExtractor.Extract(Repository.Path("tests", "Calibrate.Agent.Tests", "TestData", "sysroots", capture + ".tar.gz"), _directory.Path);
        var root = _directory.Combine(capture);
        if (modelName is not null)
        {
            var cpuinfo = Path.Combine(root, "proc", "cpuinfo");
            var lines = File.ReadAllLines(cpuinfo).Select(l => l.StartsWith("model name", StringComparison.Ordinal) ? "model name\t: " + modelName : l);
            File.WriteAllText(cpuinfo, string.Join('\n', lines) + "\n");
        }

        return root;
    }

    public void Dispose() => _directory.Dispose();
}
