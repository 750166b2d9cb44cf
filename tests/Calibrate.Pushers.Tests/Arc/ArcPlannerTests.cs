using Calibrate.Pushers.Arc;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Arc;

public class ArcPlannerTests
{
    [Test]
    public void A_new_benchmark_line_goes_first_in_the_queue_block_and_nothing_else_changes()
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "arc", "arc.conf");
        var before = File.ReadAllText(conf);
        Snapshot.Match("arc-dry-run.txt", () => Apply.DryRun(ArcPlanner.Plan(conf, "grid", Figures.Hs23), dir.Path));
        Assert.That(File.ReadAllText(conf), Is.EqualTo(before), "the dry run changed nothing");

        Apply.Files(CultureScope.Run("de-DE", () => ArcPlanner.Plan(conf, "grid", Figures.Hs23)));

        var expected = before.Replace("benchmark=HEPSPEC 10.5\n", "benchmark=HEPscore23 12.69\nbenchmark=HEPSPEC 10.5\n", StringComparison.Ordinal);
        Assert.That(File.ReadAllText(conf), Is.EqualTo(expected));
        Assert.That(ArcPlanner.Plan(conf, "grid", Figures.Hs23).HasChanges, Is.False, "a second push changes nothing");
    }

    [Test]
    public void An_existing_line_of_the_same_name_gets_the_new_value_in_place()
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("arc.conf");
        File.WriteAllText(conf, "[queue:grid]\r\n  benchmark = HEPscore23 9.5   \r\nbenchmark=HEPSPEC 10.5\r\n[queue:other]\r\nbenchmark=HEPscore23 9.5");

        Apply.Files(ArcPlanner.Plan(conf, "grid", Figures.Of(11.04)));

        Assert.That(File.ReadAllText(conf), Is.EqualTo("[queue:grid]\r\n  benchmark = HEPscore23 11.04   \r\nbenchmark=HEPSPEC 10.5\r\n[queue:other]\r\nbenchmark=HEPscore23 9.5"));
    }

    [Test]
    public void A_block_without_benchmarks_gets_the_line_after_its_last_option_and_the_identifier_may_carry_spaces()
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "arc", "arc.conf");
        var before = File.ReadAllText(conf);

        Apply.Files(ArcPlanner.Plan(conf, "long", Figures.Hs23));

        Assert.That(File.ReadAllText(conf), Is.EqualTo(before.Replace("opsys=Linux-5.14\n", "opsys=Linux-5.14\nbenchmark=HEPscore23 12.69\n", StringComparison.Ordinal)));
    }

    [Test]
    public void A_file_ending_without_a_newline_gets_one_before_the_new_line()
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("arc.conf");
        File.WriteAllText(conf, "[common]\n[queue:grid]\ncomment=last");

        Apply.Files(ArcPlanner.Plan(conf, "grid", Figures.Hs23));

        Assert.That(File.ReadAllText(conf), Is.EqualTo("[common]\n[queue:grid]\ncomment=last\nbenchmark=HEPscore23 12.69\n"));
    }

    [Test]
    public void A_site_accounting_in_HS06_writes_HEPSPEC_and_updates_that_line()
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "arc", "arc.conf");
        var plan = ArcPlanner.Plan(conf, "grid", Figures.Hs06);
        Assert.That(plan.Subject, Does.StartWith("benchmark=HEPSPEC 12.69 in [queue:grid]").And.Contain("HS06 per logical CPU"));
        Assert.That(plan.Files.Single().After, Does.Contain("# The per-core benchmark; the first benchmark line is the one accounting uses.\nbenchmark=HEPSPEC 12.69\nbenchmark=Si2k 2625\n"));
    }

    [Test]
    public void A_same_name_line_behind_another_benchmark_is_updated_and_the_plan_says_which_one_accounting_uses()
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "arc", "arc.conf");
        File.WriteAllText(conf, File.ReadAllText(conf).Replace("benchmark=Si2k 2625", "benchmark=HEPscore23 11", StringComparison.Ordinal));

        var plan = ArcPlanner.Plan(conf, "grid", Figures.Hs23);

        Assert.That(plan.Files.Single().After, Does.Contain("benchmark=HEPSPEC 10.5\nbenchmark=HEPscore23 12.69\n"));
        Assert.That(plan.Notes, Has.Some.Contains("first benchmark line of [queue:grid], which is `benchmark=HEPSPEC 10.5`"));
    }

    [Test]
    public void The_plan_names_the_nodes_the_unit_and_the_nodes_carried_from_the_other_unit()
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "arc", "arc.conf");
        var plan = ArcPlanner.Plan(conf, "grid", Figures.Hs23 with { Carried = ["wn03"] });
        Assert.That(plan.Subject, Does.EndWith("HS23 per logical CPU, capacity-weighted over 3 node(s): 2436.0 / 192 logical CPUs"));
        Assert.That(plan.Notes, Has.Some.EqualTo("1 node(s) with an estimate in HS06 carried 1:1 into HS23, as WLCG's accounting migration carries HS06 into HS23: wn03"));
    }

    [TestCase("nope")]
    [TestCase("gri")]
    [TestCase("authgroup")]
    public void A_missing_queue_block_is_refused_in_one_line_and_the_file_stays(string queue)
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "arc", "arc.conf");
        var before = File.ReadAllText(conf);
        var error = Assert.Throws<PushConfigException>(() => ArcPlanner.Plan(conf, queue, Figures.Hs23));
        Assert.That(error!.Message, Does.Contain($"no [queue:{queue}] block").And.Not.Contain("\n"));
        Assert.That(File.ReadAllText(conf), Is.EqualTo(before));
    }

    [Test]
    public void Bad_input_is_a_configuration_error()
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("arc.conf");
        Assert.That(Assert.Throws<PushConfigException>(() => ArcPlanner.Plan(conf, "grid", Figures.Hs23))!.Message, Does.Contain("does not exist"));
        File.WriteAllText(conf, "[queue:grid]\n[queue: grid]\n");
        Assert.That(Assert.Throws<PushConfigException>(() => ArcPlanner.Plan(conf, "grid", Figures.Hs23))!.Message, Does.Contain("two [queue:grid] blocks"));
        Assert.Throws<PushConfigException>(() => ArcPlanner.Plan(conf, "my queue", Figures.Hs23));
    }

    [Test]
    public void A_read_only_file_system_is_a_clear_error_and_the_file_stays()
    {
        using var dir = new TempDirectory();
        var mount = dir.Combine("ro");
        Mounts.Tmpfs(mount, "size=64k");
        try
        {
            var conf = Figures.Copy(mount, "arc", "arc.conf");
            var before = File.ReadAllText(conf);
            Mounts.Remount(mount, "ro");

            var error = Assert.Throws<IOException>(() => Apply.Files(ArcPlanner.Plan(conf, "grid", Figures.Hs23)));

            Assert.That(error!.Message, Does.Contain("arc.conf").And.Contain("left as it was"));
            Assert.That(File.ReadAllText(conf), Is.EqualTo(before));
        }
        finally
        {
            Mounts.Unmount(mount);
        }
    }
}
