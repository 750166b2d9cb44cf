using System.Text.Json;
using Calibrate.Core.Probing;
using Calibrate.Reports.Exports.HepSuite;
using Calibrate.TestSupport.Results;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Exports.HepSuite;

/// <summary>
/// The export against the suite's own sample report (TestData/hepsuite): every key both have has the sample's JSON type,
/// every key of the sample the export leaves out is named here with the reason, and every key of Calibrate's own is
/// under a prefix named here. A change of shape is a change of these lists, reviewed.
/// </summary>
public sealed class HepSuiteShapeTests
{
    /// <summary>What the sample has and a Calibrate result cannot say, by generalised key path.</summary>
    private static readonly Dictionary<string, string> NotCarried = new()
    {
        ["host.ip"] = "the result records the host name, not an address",
        ["host.SW.python_version"] = "Calibrate runs on .NET: host.SW.dotnet_version",
        ["host.SW.singularity"] = "Calibrate runs no container",
        ["host.SW.OS.id"] = "the result records the OS as one description (host.SW.OS.description), not os-release's fields",
        ["host.SW.OS.id_like"] = "as host.SW.OS.id",
        ["host.SW.OS.version"] = "as host.SW.OS.id",
        ["host.SW.OS.version.build"] = "as host.SW.OS.id",
        ["host.SW.OS.version.major"] = "as host.SW.OS.id",
        ["host.SW.OS.version.minor"] = "as host.SW.OS.id",
        ["host.HW.BIOS.Release_data"] = "the probe reads the BIOS version only",
        ["host.HW.BIOS.Vendor"] = "the probe reads the BIOS version only",
        ["host.HW.CPU.BogoMIPS"] = "not probed: no figure of Calibrate's rests on it",
        ["host.HW.CPU.CPU_MHz"] = "not probed; the frequency during the run is the cpu-frequency series",
        ["host.HW.CPU.CPU_Min_Speed_MHz"] = "not probed",
        ["host.HW.CPU.Microcode"] = "not probed",
        ["host.HW.CPU.Power_Driver"] = "not probed (the governor is Power_Policy)",
        ["host.HW.GPU"] = "Calibrate measures CPUs only",
        ["host.HW.GPU.*"] = "as host.HW.GPU",
        ["host.HW.GPU.*.clock_graphics"] = "as host.HW.GPU",
        ["host.HW.GPU.*.clock_sm"] = "as host.HW.GPU",
        ["host.HW.GPU.*.memory_total"] = "as host.HW.GPU",
        ["host.HW.GPU.*.memory_used"] = "as host.HW.GPU",
        ["host.HW.GPU.*.name"] = "as host.HW.GPU",
        ["host.HW.GPU.*.pci_bus"] = "as host.HW.GPU",
        ["host.HW.GPU.*.power_avg"] = "as host.HW.GPU",
        ["host.HW.MEMORY.Mem_Available"] = "the probe reads total memory only",
        ["host.HW.MEMORY.Mem_Swap"] = "the probe reads total memory only",
        ["host.HW.STORAGE"] = "not probed: the kernels do no I/O",
        ["host.HW.SYSTEM.Product_Asset_Tag"] = "not probed (IPMI FRU)",
        ["host.HW.SYSTEM.Product_Serial"] = "not probed (IPMI FRU)",
        ["host.HW.SYSTEM.Version"] = "not probed",
        ["suite.flags.run_mode"] = "Calibrate runs no container",
        ["plugins.CommandExecutor.*.*.config.regex"] = "Calibrate reads /proc and /sys files, not a command's output",
        ["profiles.*.score"] = "HEPscore's figure; Calibrate's estimate is value in unit, as the suite's DB12 profile writes one",
        ["profiles.*.app_info.config_hash"] = "HEPscore's configuration",
        ["profiles.*.app_info.hepscore_ver"] = "HEPscore's version; Calibrate's is app_info.calibrate_ver",
        ["profiles.*.benchmarks.*.app"] = "a container workload's description",
        ["profiles.*.benchmarks.*.app.description"] = "as profiles.*.benchmarks.*.app",
        ["profiles.*.benchmarks.*.app.version"] = "as profiles.*.benchmarks.*.app",
        ["profiles.*.benchmarks.*.args.events"] = "a workload's events; a kernel's work is args.units_per_sample",
        ["profiles.*.benchmarks.*.args.threads"] = "every copy is one thread",
        ["profiles.*.settings.addarch"] = "HEPscore's settings",
        ["profiles.*.settings.container_exec"] = "HEPscore's settings",
        ["profiles.*.settings.name"] = "HEPscore's settings",
        ["profiles.*.settings.reference_machine"] = "HEPscore's settings",
        ["profiles.*.settings.registry"] = "HEPscore's settings",
        ["profiles.*.settings.replay"] = "HEPscore's settings",
        ["profiles.*.settings.retries"] = "HEPscore's settings",
        ["profiles.*.settings.scaling"] = "HEPscore's settings",
    };

    /// <summary>Where Calibrate's own keys are: the estimate and its settings, the runtime, per-copy scores.</summary>
    private static readonly string[] OwnPrefixes =
    [
        "host.SW.dotnet_version", "host.SW.OS.description", "host.HW.SYSTEM.Hypervisor", "suite.flags.pinning",
        "profiles.*.value", "profiles.*.unit", "profiles.*.interval", "profiles.*.cpu_factor", "profiles.*.node_score",
        "profiles.*.settings.", "profiles.*.app_info.", "profiles.*.conclusions",
        "profiles.*.benchmarks.*.copy_scores", "profiles.*.benchmarks.*.args.", "profiles.*.benchmarks.*.run*.report.wl-stats",
    ];

    [Test]
    public void Every_key_the_export_shares_with_the_sample_report_has_its_type()
    {
        var sample = Sample();
        var export = Export(Result());
        var shared = export.Keys.Where(sample.ContainsKey).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var path in shared)
            {
                Assert.That(export[path], Is.EqualTo(sample[path]), path);
            }
        });
        Assert.That(shared, Has.Length.GreaterThan(80), "most of the sample's shape is shared");
    }

    [Test]
    public void Every_key_of_the_sample_report_is_exported_or_named_with_the_reason_it_is_not()
    {
        var sample = Sample();
        var export = Export(Result());
        Assert.That(sample.Keys.Where(k => !export.ContainsKey(k)), Is.EquivalentTo(NotCarried.Keys), "sample keys the export leaves out");
    }

    [Test]
    public void Every_key_of_Calibrates_own_is_under_a_named_prefix()
    {
        var sample = Sample();
        var own = Export(Result()).Keys.Where(k => !sample.ContainsKey(k));
        Assert.That(own.Where(k => !OwnPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public void The_sections_the_suites_readers_need_are_there()
    {
        using var json = JsonDocument.Parse(HepSuiteReport.Line(Result()));
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("json_version").GetString(), Does.StartWith("3."));
            Assert.That(root.GetProperty("suite").GetProperty("flags").GetProperty("ncores").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("profiles").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "calibrate" }), "its own profile key, never hepscore");
            Assert.That(root.GetProperty("plugins").GetProperty("CommandExecutor").GetProperty("calibrate").EnumerateObject().Select(p => p.Name),
                Is.EquivalentTo(new[] { "load", "cpu-frequency", "steal", "other-processes-cpu", "status" }));
            Assert.That(root.GetProperty("profiles").GetProperty("calibrate").GetProperty("benchmarks").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "namd", "povray" }));
        });
    }

    [Test]
    public void The_document_is_one_line_and_the_same_in_every_culture() =>
        Snapshot.Match("hep-suite-report.json", () => HepSuiteReport.Line(Result()) + "\n");

    [Test]
    public void A_result_without_an_estimate_says_so_and_carries_no_value()
    {
        using var json = JsonDocument.Parse(HepSuiteReport.Line(new TestResult { EstimateValue = null }.Build()));
        var profile = json.RootElement.GetProperty("profiles").GetProperty("calibrate");
        Assert.Multiple(() =>
        {
            Assert.That(profile.GetProperty("status").GetString(), Is.EqualTo("not_estimated"));
            Assert.That(profile.TryGetProperty("value", out _), Is.False);
            Assert.That(profile.TryGetProperty("unit", out _), Is.False);
            Assert.That(profile.GetProperty("node_score").GetProperty("value").GetDouble(), Is.EqualTo(20));
        });
    }

    [Test]
    public void A_disturbed_result_is_exported_with_its_status()
    {
        using var json = JsonDocument.Parse(HepSuiteReport.Line(new TestResult { Disturbed = true }.Build()));
        var profile = json.RootElement.GetProperty("profiles").GetProperty("calibrate");
        Assert.That(profile.GetProperty("status").GetString(), Is.EqualTo("disturbed"));
        Assert.That(profile.GetProperty("conclusions")[0].GetString(), Does.StartWith("error: steal time"));
    }

    /// <summary>A labelled result of a node with every probed field (a governor, an L2 cache), as the sample's host has them.</summary>
    private static Core.Results.RunResult Result()
    {
        var result = new TestResult { Label = "bare" }.Build();
        return result with { Probe = result.Probe with { Governor = "performance", Caches = [.. result.Probe.Caches, new CacheLevel(2, "Unified", 512, 2)] } };
    }

    private static IReadOnlyDictionary<string, string> Sample()
    {
        using var sample = SuiteJson.Sample();
        return SuiteJson.Shape(sample.RootElement);
    }

    private static IReadOnlyDictionary<string, string> Export(Core.Results.RunResult result)
    {
        using var json = JsonDocument.Parse(HepSuiteReport.Line(result));
        return SuiteJson.Shape(json.RootElement);
    }
}
