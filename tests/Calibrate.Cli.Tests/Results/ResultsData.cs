using Calibrate.Cli.Tests.Statistics;
using Calibrate.Core.Results;
using Calibrate.Store;

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
        new SyntheticResult { Number = 1, Hostname = "wn001", Label = "bare", CpuModel = Gold, Copies = 40, NodeScore = 401.25 }.ToResult(),
        new SyntheticResult { Number = 2, Hostname = "wn002", Label = "bare", CpuModel = Gold, Copies = 40, NodeScore = 398.5, RelativeHalfWidth = 0.012 }.ToResult(),
        new SyntheticResult { Number = 3, Hostname = "vm01", Label = "kvm-pinned", CpuModel = Quoted, Copies = 8, NodeScore = 74.4, Kernels = new Dictionary<string, double> { ["namd"] = 9.9, ["lbm"] = 8.7 } }.ToResult(),
        new SyntheticResult { Number = 4, Hostname = "wn001", CpuModel = Gold, Copies = 40, NodeScore = 355.0, Disturbed = true }.ToResult(),
        new SyntheticResult { Number = 5, Hostname = "wn002", Label = "bare", CpuModel = Gold, Copies = 40, NodeScore = 400.125 }.ToResult(),
    ];

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
