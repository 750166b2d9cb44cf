using Calibrate.Pushers.Common;
using Calibrate.Pushers.Mjf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Mjf;

public class MachineFeaturesTests
{
    [Test]
    public void Writes_hs06_of_the_whole_machine_and_total_cpu_as_plain_numbers_with_a_newline()
    {
        using var dir = new TempDirectory();
        var mjf = dir.Combine("machinefeatures");
        var outcome = Apply.Files(MachineFeaturesPlanner.Plan(Nodes.Worker.Build(), mjf, legacy: false));

        Assert.That(outcome.Changed, Is.True);
        Assert.That(File.ReadAllText(Path.Combine(mjf, "hs06")), Is.EqualTo("812.35\n"));
        Assert.That(File.ReadAllText(Path.Combine(mjf, "total_cpu")), Is.EqualTo("64\n"));
        Assert.That(Directory.GetFiles(mjf).Select(Path.GetFileName), Is.EquivalentTo(new[] { "hs06", "total_cpu" }));
        Assert.That(File.GetUnixFileMode(Path.Combine(mjf, "hs06")), Is.EqualTo(FileChange.DefaultMode));
        Assert.That(File.GetUnixFileMode(mjf), Is.EqualTo(FileTransaction.DirectoryMode));
    }

    [Test]
    public void A_second_push_of_the_same_result_changes_nothing_and_says_so()
    {
        using var dir = new TempDirectory();
        var result = Nodes.Worker.Build();
        Apply.Files(MachineFeaturesPlanner.Plan(result, dir.Path, legacy: true));
        var stamp = File.GetLastWriteTimeUtc(dir.Combine("hs06"));

        var again = MachineFeaturesPlanner.Plan(result, dir.Path, legacy: true);

        Assert.That(again.HasChanges, Is.False);
        Assert.That(Apply.Files(again).Changed, Is.False);
        Assert.That(PlanRenderer.Render(again, dryRun: false), Does.Contain("nothing to change"));
        Assert.That(File.GetLastWriteTimeUtc(dir.Combine("hs06")), Is.EqualTo(stamp));
    }

    [Test]
    public void Legacy_keys_are_written_for_old_readers()
    {
        var values = MachineFeaturesPlanner.Values(Nodes.Worker.Build(), legacy: true).ToDictionary(v => v.Key, v => v.Value);
        Assert.That(values, Is.EqualTo(new Dictionary<string, string>
        {
            ["hs06"] = "812.35",
            ["total_cpu"] = "64",
            ["jobslots"] = "64",
            ["phys_cores"] = "32",
            ["log_cores"] = "64",
        }));
        Assert.That(values.Keys.All(MjfKeys.IsValidName), Is.True, "HSF-TN-2016-02: lowercase letters, digits, underscores");
    }

    [TestCase("")]
    [TestCase("de-DE")]
    public void Every_value_parses_as_readers_parse_it_in_any_culture(string culture)
    {
        using var dir = new TempDirectory();
        CultureScope.Run(culture, () => Apply.Files(MachineFeaturesPlanner.Plan((Nodes.Worker with { EstimateValue = 1234.5678 }).Build(), dir.Path, legacy: true)));
        foreach (var file in Directory.GetFiles(dir.Path))
        {
            // glideinWMS sanitizedCat: ^[0-9]+(.[0-9]+)?$ after stripping the newline; DIRAC and the pilot call float()/int().
            Assert.That(File.ReadAllText(file), Does.Match(@"^[0-9]+(\.[0-9]+)?\n$"), file);
        }
    }

    [Test]
    public void The_dry_run_shows_a_unified_diff_per_file()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("hs06"), "700.1\n");
        Snapshot.Match("mjf-dry-run.txt", () => Apply.DryRun(MachineFeaturesPlanner.Plan(Nodes.Worker.Build(), dir.Path, legacy: false), dir.Path));
        Assert.That(File.ReadAllText(dir.Combine("hs06")), Is.EqualTo("700.1\n"), "the dry runs changed nothing");
        Assert.That(File.Exists(dir.Combine("total_cpu")), Is.False);
    }

    [Test]
    public void The_directory_comes_from_the_option_then_MACHINEFEATURES_then_the_default()
    {
        Assert.That(MjfDirectory.MachineFeatures("/srv/mf/", _ => "/env/mf"), Is.EqualTo("/srv/mf"));
        Assert.That(MjfDirectory.MachineFeatures(null, _ => "/env/mf"), Is.EqualTo("/env/mf"));
        Assert.That(MjfDirectory.MachineFeatures(null, _ => null), Is.EqualTo("/etc/machinefeatures"));
        Assert.Throws<PushConfigException>(() => MjfDirectory.MachineFeatures(null, _ => "https://mjf.example.org/machinefeatures"));
    }
}
