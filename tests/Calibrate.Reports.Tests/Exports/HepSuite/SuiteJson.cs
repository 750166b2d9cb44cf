using System.Text.Json;
using System.Text.RegularExpressions;

namespace Calibrate.Reports.Tests.Exports.HepSuite;

/// <summary>
/// The suite's sample report, and the shape of a report as its key paths with their JSON types: names the suite chooses
/// per report (profile, benchmark, run, workload, phase, metric, NUMA node) become `*`, array elements `[]`, so two
/// reports of different hosts and benchmarks compare by structure.
/// </summary>
internal static partial class SuiteJson
{
    private static readonly (Regex Pattern, string Replacement)[] Generalise =
    [
        (ProfileKey(), "profiles.*"),
        (BenchmarkKey(), "profiles.*.benchmarks.*"),
        (RunKey(), ".run*"),
        (RunScoreKey(), "$1.*"),
        (ProfileScoreKey(), "profiles.*.wl-scores.*"),
        (ProfileScoreName(), "profiles.*.wl-scores.*.*"),
        (PhaseKey(), "plugins.CommandExecutor.*"),
        (MetricKey(), "plugins.CommandExecutor.*.*"),
        (NumaKey(), "host.HW.CPU.NUMA_node*_CPUs"),
        (GpuKey(), "host.HW.GPU.*"),
        (TagKey(), "host.tags.*"),
        (BenchmarkVersionKey(), "suite.benchmark_version.*"),
    ];

    public static JsonDocument Sample() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "hepsuite", "sample-report.json")));

    /// <summary>Every generalised key path of <paramref name="root"/> with the JSON type found there ("number", "string", "boolean", "object", "array").</summary>
    public static IReadOnlyDictionary<string, string> Shape(JsonElement root)
    {
        var shape = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(root, "", shape);
        return shape;
    }

    private static void Walk(JsonElement element, string path, SortedDictionary<string, string> shape)
    {
        if (path.Length > 0)
        {
            var general = Generalise.Aggregate(path, (p, rule) => rule.Pattern.Replace(p, rule.Replacement));
            var kind = Kind(element);
            if (shape.TryGetValue(general, out var seen) && seen != kind)
            {
                Assert.Fail($"{general} is {seen} in one place and {kind} in another");
            }

            shape[general] = kind;
            path = general;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, shape);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]", shape);
                }

                break;
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex(@"^profiles\.[^.]+")]
    private static partial Regex ProfileKey();

    [GeneratedRegex(@"^profiles\.\*\.benchmarks\.[^.]+")]
    private static partial Regex BenchmarkKey();

    [GeneratedRegex(@"\.run\d+(?=\.|$)")]
    private static partial Regex RunKey();

    [GeneratedRegex(@"^(profiles\.\*\.benchmarks\.\*\.run\*\.report\.wl-scores)\.[^.]+$")]
    private static partial Regex RunScoreKey();

    [GeneratedRegex(@"^profiles\.\*\.wl-scores\.[^.*]+$")]
    private static partial Regex ProfileScoreKey();

    [GeneratedRegex(@"^profiles\.\*\.wl-scores\.\*\.[^.*]+$")]
    private static partial Regex ProfileScoreName();

    [GeneratedRegex(@"^plugins\.CommandExecutor\.[^.*]+")]
    private static partial Regex PhaseKey();

    [GeneratedRegex(@"^plugins\.CommandExecutor\.\*\.(?!status$)[^.*]+")]
    private static partial Regex MetricKey();

    [GeneratedRegex(@"^host\.HW\.CPU\.NUMA_node\d+_CPUs$")]
    private static partial Regex NumaKey();

    [GeneratedRegex(@"^host\.HW\.GPU\.[^.*]+")]
    private static partial Regex GpuKey();

    [GeneratedRegex(@"^host\.tags\.[^.]+$")]
    private static partial Regex TagKey();

    [GeneratedRegex(@"^suite\.benchmark_version\.[^.]+$")]
    private static partial Regex BenchmarkVersionKey();
}
