using Calibrate.Core.Results;
using Calibrate.Store;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Results;

/// <summary>
/// Five stored results for the results commands: three nodes, two labels, one unlabelled, one disturbed, a CPU model
/// with a comma (so the CSV must quote it); sequential ids and hourly start times keep every output stable.
/// </summary>
internal static class ResultsData
{
    public const string Gold = "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz";
    public const string Quoted = "AMD EPYC 7302, 16-Core \"Rome\"";

    public static IReadOnlyList<RunResult> Results() =>
    [
        .. new[]
        {
            Gold40(1) with { Hostname = "wn001", Label = "bare", NodeScore = 401.25 },
            Gold40(2) with { Hostname = "wn002", Label = "bare", NodeScore = 398.5, RelativeHalfWidth = 0.012 },
            Gold40(3) with { Hostname = "vm01", Label = "kvm-pinned", CpuModel = Quoted, Copies = 8, NodeScore = 74.4, Kernels = [TestKernel.Scoring("namd", 9.9), TestKernel.Scoring("lbm", 8.7)] },
            Gold40(4) with { Hostname = "wn001", NodeScore = 355.0, Disturbed = true },
            Gold40(5) with { Hostname = "wn002", Label = "bare", NodeScore = 400.125 },
        }.Select(r => r.Build()),
    ];


    /// <summary>The <paramref name="number"/>th result of the series: a 40-copy Gold node, without an estimate.</summary>
    public static TestResult Gold40(int number) => TestResult.Numbered(number) with { CpuModel = Gold, Copies = 40, EstimateValue = null };

    /// <summary>The default store of the runner's working directory, with <see cref="Results"/> in it.</summary>
    public static string Store(CliRunner cli)
    {
        var path = Path.Combine(cli.WorkingDirectory, "results", "calibrate.db");
        using var store = StoreFactory.Open(null, path);
        store.SaveMany(Results());
        return path;
    }

    /// <summary>Output with the temporary working directory replaced, so it can be a snapshot.</summary>
    public static string Portable(CliRunner cli, string output) => output.Replace(cli.WorkingDirectory, "WORKDIR", StringComparison.Ordinal);
}
