using Calibrate.Pushers.Apel;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Apel;

public class ApelPlannerTests
{
    private const string Ce = "ce01.example.org:2811/nordugrid-Condor-grid";

    private const string Other = "manual_spec1 = ce02.example.org:9619/ce02.example.org-condor,HEPSPEC,9.8\n";

    [Test]
    public void A_new_CE_gets_the_next_manual_spec_after_the_others_and_nothing_else_changes()
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "apel", "client.cfg");
        var before = File.ReadAllText(conf);
        Snapshot.Match("apel-dry-run.txt", () => Apply.DryRun(ApelPlanner.Plan(conf, Ce, Figures.Hs23), dir.Path));

        Apply.Files(CultureScope.Run("de-DE", () => ApelPlanner.Plan(conf, Ce, Figures.Hs23)));

        Assert.That(File.ReadAllText(conf), Is.EqualTo(before.Replace(Other, Other + $"manual_spec2 = {Ce},HEPscore23,12.69\n", StringComparison.Ordinal)));
        Assert.That(ApelPlanner.Plan(conf, Ce, Figures.Hs23).HasChanges, Is.False, "a second push changes nothing");
    }

    [Test]
    public void The_CEs_line_is_updated_in_place_and_other_CEs_lines_are_kept()
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("client.cfg");
        File.WriteAllText(conf, $"[spec_updater]\nsite_name = X\nmanual_spec1 = a,HEPSPEC,9\nMANUAL_SPEC2: {Ce},HEPSPEC,10.5\nmanual_spec3 = b,HEPscore23,11\n[joiner]\n");

        Apply.Files(ApelPlanner.Plan(conf, Ce, Figures.Of(12.3)));

        Assert.That(File.ReadAllText(conf), Is.EqualTo($"[spec_updater]\nsite_name = X\nmanual_spec1 = a,HEPSPEC,9\nMANUAL_SPEC2: {Ce},HEPscore23,12.3\nmanual_spec3 = b,HEPscore23,11\n[joiner]\n"));
    }

    [Test]
    public void A_new_line_takes_the_lowest_free_number_because_APEL_stops_at_the_first_missing_one()
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("client.cfg");
        File.WriteAllText(conf, "[spec_updater]\nsite_name = X\nmanual_spec2 = a,HEPSPEC,9\nmanual_spec4 = b,HEPSPEC,9\n\n[joiner]\n");

        var plan = ApelPlanner.Plan(conf, Ce, Figures.Of(12.3));

        Assert.That(plan.Files.Single().After, Is.EqualTo($"[spec_updater]\nsite_name = X\nmanual_spec2 = a,HEPSPEC,9\nmanual_spec4 = b,HEPSPEC,9\nmanual_spec1 = {Ce},HEPscore23,12.3\n\n[joiner]\n"));
        Assert.That(plan.Notes, Has.Some.EqualTo("APEL's client stops at the first missing number (manual_spec3) and does not read manual_spec4; renumber them"));
    }

    [Test]
    public void Without_manual_specs_the_line_ends_the_section_and_a_blank_site_name_is_noted()
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("client.cfg");
        File.WriteAllText(conf, "[db]\nport = 3306\n\n[spec_updater]\nenabled = true\nsite_name =\n\n[joiner]\nenabled = true\n");

        var plan = ApelPlanner.Plan(conf, Ce, Figures.Hs06);

        Assert.That(plan.Files.Single().After, Is.EqualTo($"[db]\nport = 3306\n\n[spec_updater]\nenabled = true\nsite_name =\nmanual_spec1 = {Ce},HEPSPEC,12.69\n\n[joiner]\nenabled = true\n"));
        Assert.That(plan.Notes, Has.Some.Contains("site_name is not set"));
        Assert.That(plan.Subject, Does.Contain("HS06 per logical CPU, capacity-weighted over 3 node(s)"));
    }

    [TestCase("ce01,grid")]
    [TestCase(" ce01")]
    [TestCase("")]
    public void A_CE_id_APEL_would_split_is_refused(string ce)
    {
        using var dir = new TempDirectory();
        var conf = Figures.Copy(dir.Path, "apel", "client.cfg");
        Assert.Throws<PushConfigException>(() => ApelPlanner.Plan(conf, ce, Figures.Hs23));
    }

    [Test]
    public void A_file_without_the_spec_updater_section_is_refused_in_one_line()
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("client.cfg");
        File.WriteAllText(conf, "[db]\nport = 3306\n");
        var error = Assert.Throws<PushConfigException>(() => ApelPlanner.Plan(conf, Ce, Figures.Hs23));
        Assert.That(error!.Message, Does.Contain("no [spec_updater] section").And.Not.Contain("\n"));
        Assert.That(File.ReadAllText(conf), Is.EqualTo("[db]\nport = 3306\n"));
    }
}
