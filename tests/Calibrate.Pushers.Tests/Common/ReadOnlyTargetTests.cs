using Calibrate.Core.Results;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.HtCondor;
using Calibrate.Pushers.Mjf;
using Calibrate.Pushers.Prometheus;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Common;

/// <summary>
/// Every pusher that writes files, into a directory nothing can be written to (a read-only mount: root too): one clear
/// error, and the file that was there is left as it was, with nothing beside it.
/// </summary>
public sealed class ReadOnlyTargetTests
{
    private static IEnumerable<TestCaseData> Targets()
    {
        yield return Case("mjf", "hs06", "700.1\n", (result, dir) => MachineFeaturesPlanner.Plan(result, dir, legacy: true));
        yield return Case("htcondor", HtCondorPlanner.FileName, "ApelSpecs = [HEPSPEC=9]\n", (result, dir) => HtCondorPlanner.Plan(result, dir, reconfigAvailable: false));
        yield return Case("prometheus", TextfilePlanner.FileName, "calibrate_cpu_factor 1\n", TextfilePlanner.Plan);
    }

    [TestCaseSource(nameof(Targets))]
    public void A_read_only_directory_is_a_clear_error_and_the_old_file_stays(string file, string before, Func<RunResult, string, PushPlan> plan)
    {
        using var dir = new TempDirectory();
        var target = dir.Combine("ro");
        using var readOnly = Mounts.ReadOnly(target, new Dictionary<string, string> { [file] = before });

        var error = Assert.Throws<IOException>(() => Apply.Files(plan(Nodes.Worker.Build(), target)));

        Assert.That(error!.Message, Does.Contain("nothing was changed").Or.Contain("left as it was"));
        Assert.That(File.ReadAllText(Path.Combine(target, file)), Is.EqualTo(before));
        Assert.That(Directory.GetFileSystemEntries(target), Has.Length.EqualTo(1));
    }

    private static TestCaseData Case(string name, string file, string before, Func<RunResult, string, PushPlan> plan) =>
        new TestCaseData(file, before, plan).SetArgDisplayNames(name);
}
