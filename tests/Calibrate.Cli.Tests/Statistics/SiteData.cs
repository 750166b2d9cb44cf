using Calibrate.Core.Results;
using Calibrate.Store;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>
/// A small site in a store: five reference nodes spanning old to new CPUs, seven Gold 6248 nodes of which gold07 is 8%
/// slow and gold03's newest run is disturbed, and three labelled configurations (bare, kvm-pinned, kvm-unpinned) whose
/// kernels lose differently under virtualisation.
/// </summary>
internal static class SiteData
{
    public const string Gold = "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz";
    public const string Epyc = "AMD EPYC 7302 16-Core Processor";

    /// <summary>The references: hostnames, and one label (kvm-pinned) matched by label.</summary>
    public const string References = "# HS06 measured by the site (SL7, gcc 4.8, -m32)\nnode,hs06,comment\ne5v2-01,318.0,old\ne5v4-01,560.5,\ngold01,845.0,\nepyc01,1190.0,\nkvm-pinned,158.0,\"8 vCPU guest\"\n";

    private static readonly double[] Jitter = [0.000, -0.006, 0.004, 0.009, -0.003, 0.002, -0.008];

    public static IReadOnlyList<RunResult> Results()
    {
        var results = new List<TestResult>();
        var n = 0;
        void Add(string host, string cpu, int copies, double score, string? label = null, IReadOnlyDictionary<string, double>? kernels = null, bool disturbed = false) =>
            results.Add(TestResult.Numbered(++n) with
            {
                Hostname = host,
                Label = label,
                CpuModel = cpu,
                Copies = copies,
                NodeScore = score,
                Disturbed = disturbed,
                Kernels = [.. (kernels ?? new Dictionary<string, double> { ["namd"] = score / copies, ["povray"] = score / copies }).Select(k => TestKernel.Scoring(k.Key, k.Value))],
                EstimateValue = null,
            });

        Add("e5v2-01", "Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz", 32, 150.0);
        Add("e5v2-01", "Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz", 32, 151.2);
        Add("e5v4-01", "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", 56, 264.0);
        Add("e5v4-01", "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", 56, 190.0, disturbed: true);
        Add("epyc01", Epyc, 64, 560.0);
        Add("dist01", Epyc, 64, 500.0, disturbed: true);
        double[] gold = [400, 404, 397, 402, 399, 401, 368];
        for (var round = 0; round < 2; round++)
        {
            for (var g = 0; g < gold.Length; g++)
            {
                Add($"gold{g + 1:00}", Gold, 40, gold[g] * (1 + Jitter[(g + round) % Jitter.Length]), disturbed: round == 1 && g == 2);
            }
        }

        AddLabel("bare", "bm01", 10.0, 6, new() { ["lbm"] = 10.1, ["namd"] = 10.2, ["povray"] = 9.8, ["soplex"] = 10.0 });
        AddLabel("kvm-pinned", "vm01", 9.3, 6, new() { ["lbm"] = 8.6, ["namd"] = 10.0, ["povray"] = 9.5, ["soplex"] = 9.0 });
        AddLabel("kvm-unpinned", "vm02", 8.8, 5, new() { ["lbm"] = 7.9, ["namd"] = 9.6, ["povray"] = 9.1, ["soplex"] = 8.4 });
        Add("vm02", Epyc, 8, 8 * 6.1, "kvm-unpinned", disturbed: true);
        return results.Select(r => r.Build()).ToArray();

        void AddLabel(string label, string host, double perCopy, int runs, Dictionary<string, double> kernels)
        {
            for (var i = 0; i < runs; i++)
            {
                var jitter = 1 + Jitter[i % Jitter.Length];
                Add(host, Epyc, 8, 8 * perCopy * jitter, label, kernels.ToDictionary(k => k.Key, k => k.Value * jitter));
            }
        }
    }

    /// <summary>Writes the site's results into the default store of the runner's working directory.</summary>
    public static void Store(CliRunner cli)
    {
        using var store = StoreFactory.Open(null, Path.Combine(cli.WorkingDirectory, "results", "calibrate.db"));
        store.SaveMany(Results());
    }

    public static string Write(CliRunner cli, string name, string text)
    {
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, name), text);
        return name;
    }
}
