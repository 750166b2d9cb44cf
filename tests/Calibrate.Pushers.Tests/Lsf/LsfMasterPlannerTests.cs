using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Lsf;

public class LsfMasterPlannerTests
{
    private static readonly NodeFactor[] Batch =
    [
        new("wn001", 12.54),
        new("wn002", 12.46),
        new("wn003", 10.02),
        new("dyn001", 14.96, Architecture: "x86_64_7302_AMDEPYC7302"),
        new("dyn002", 9.1),
    ];

    [Test]
    public void The_dry_run_edits_only_model_lines_and_the_model_column()
    {
        using var lsf = new LsfFixture();
        Snapshot.Match("lsf-master-dry-run.txt", () => Apply.DryRun(LsfMasterPlanner.Plan(lsf.Files, Batch), lsf.Root));
    }

    [Test]
    public void Every_other_byte_of_both_files_is_preserved()
    {
        using var lsf = new LsfFixture();
        var plan = LsfMasterPlanner.Plan(lsf.Files, Batch);
        var shared = plan.Files[0];
        var cluster = plan.Files[1];

        var sharedDiff = LineDiff.Compute(shared.Before!.Split('\n'), shared.After.Split('\n')).Where(o => o.Kind != LineDiff.Kind.Equal).ToList();
        Assert.That(sharedDiff.Where(o => o.Kind == LineDiff.Kind.Delete), Is.Empty, "lsf.shared: lines are only added");
        Assert.That(sharedDiff.Select(o => shared.After.Split('\n')[o.B]), Is.EqualTo(new[]
        {
            "HS06_12_5  12.5        ()",
            "HS06_15_0  15.0        (x86_64_7302_AMDEPYC7302)",
        }));

        var before = cluster.Before!.Split('\n');
        var after = cluster.After.Split('\n');
        Assert.That(after, Has.Length.EqualTo(before.Length));
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.That(changed.Select(i => after[i]), Is.EqualTo(new[]
        {
            "wn001     HS06_12_5     LINUX86  1       2.0  10  0    (linux bigmem)    ()",
            "wn002.example.org  HS06_12_5   !     1       -    -   -    (linux)           ()   # auto-detected",
        }));
    }

    [Test]
    public void A_dynamic_host_without_an_architecture_string_is_reported_not_guessed()
    {
        using var lsf = new LsfFixture();
        var plan = LsfMasterPlanner.Plan(lsf.Files, [new NodeFactor("dyn002", 9.1)]);
        Assert.That(plan.HasChanges, Is.False);
        Assert.That(plan.Notes.Single(), Does.Contain("dyn002").And.Contain("push lsf-local"));
    }

    [Test]
    public void A_drifted_factor_of_an_owned_model_is_corrected_and_site_models_are_left_alone()
    {
        using var lsf = new LsfFixture();
        File.WriteAllText(lsf.Shared, File.ReadAllText(lsf.Shared).Replace("HS06_10_0  10.0 ", "HS06_10_0  10.3 ", StringComparison.Ordinal));
        var plan = LsfMasterPlanner.Plan(lsf.Files, [new NodeFactor("wn003", 10.0)]);
        Assert.That(plan.Files[0].After, Does.Contain("HS06_10_0  10.0       ()       # added by calibrate earlier"));
        Assert.That(plan.Files[0].After, Does.Contain("IntelI5      100        (x86_64)"));
    }

    [TestCase(12.5, "HS06_12_5")]
    [TestCase(12.549, "HS06_12_5")]
    [TestCase(0.01, "HS06_0_1")]
    [TestCase(100, "HS06_100_0")]
    public void Buckets_are_named_within_LSF_rules(double factor, string name)
    {
        var model = CultureScope.Run("de-DE", () => new NodeFactor("wn001", factor).ModelName);
        Assert.That(model, Is.EqualTo(name));
        Assert.That(LsfNames.IsValidModelName(model), Is.True);
    }

    [TestCase("HS06-12.5")]
    [TestCase("12_5")]
    [TestCase("a b")]
    public void Names_LSF_rejects_are_rejected(string name) => Assert.That(LsfNames.IsValidModelName(name), Is.False);

    [Test]
    public void A_host_name_that_is_not_a_host_name_is_refused_before_anything_is_written()
    {
        using var lsf = new LsfFixture();
        Assert.Throws<PushConfigException>(() => LsfMasterPlanner.Plan(lsf.Files, [new NodeFactor("wn1;rm -rf /", 10)]));
    }

    [Test]
    public void More_than_1024_models_is_refused()
    {
        using var lsf = new LsfFixture();
        var rows = string.Concat(Enumerable.Range(0, 1019).Select(i => $"M{i}  1.0  ()\n"));
        File.WriteAllText(lsf.Shared, File.ReadAllText(lsf.Shared).Replace("End HostModel", rows + "End HostModel", StringComparison.Ordinal));
        var error = Assert.Throws<PushConfigException>(() =>
            LsfMasterPlanner.Plan(lsf.Files, [new NodeFactor("wn001", 20), new NodeFactor("wn002", 21)]));
        Assert.That(error!.Message, Does.Contain("1026 host models").And.Contain("1024"));
    }
}
