using Calibrate.Pushers.Common;
using Calibrate.Pushers.JobEnvironments;
using Calibrate.Pushers.Mjf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Mjf;

public class JobFeaturesTests
{
    [Test]
    public void Hs06_job_is_the_allocated_share_of_the_machine()
    {
        using var dir = new TempDirectory();
        Apply.Files(JobFeaturesPlanner.Plan(Nodes.Worker.Build(), dir.Path, allocatedCpu: 8));
        Assert.That(File.ReadAllText(dir.Combine("allocated_cpu")), Is.EqualTo("8\n"));
        Assert.That(File.ReadAllText(dir.Combine("hs06_job")), Is.EqualTo("101.54\n"));
    }

    [TestCase(0)]
    [TestCase(65)]
    public void An_allocation_outside_the_machine_is_refused(int allocated) =>
        Assert.Throws<PushConfigException>(() => JobFeaturesPlanner.Plan(Nodes.Worker.Build(), "/tmp/x", allocated));

    [Test]
    public void Every_known_key_is_written_in_whole_units_and_an_unknown_one_is_left_out()
    {
        using var dir = new TempDirectory();
        var machine = new MachineFigure { Hs06 = 812.345, TotalCpu = 64, Source = "/etc/machinefeatures" };
        var job = new JobFacts
        {
            JobId = "1234.pbs.example.org",
            AllocatedCpu = 8,
            Start = DateTimeOffset.FromUnixTimeSeconds(1_764_615_600),
            WallLimit = TimeSpan.FromHours(48),
            CpuLimit = TimeSpan.FromSeconds(1382400.9),
            MaxRssBytes = 16L << 30,
        };
        Apply.Files(JobFeaturesPlanner.Plan(machine, dir.Path, job));
        var written = Directory.GetFiles(dir.Path).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        Assert.That(written, Is.EqualTo(new Dictionary<string, string>
        {
            ["allocated_cpu"] = "8\n",
            ["hs06_job"] = "101.54\n",
            ["jobstart_secs"] = "1764615600\n",
            ["job_id"] = "1234.pbs.example.org\n",
            ["wall_limit_secs"] = "172800\n",
            ["cpu_limit_secs"] = "1382400\n",
            ["max_rss_bytes"] = "17179869184\n",
        }));
        Assert.That(written.Keys.All(MjfKeys.IsValidName), Is.True);
    }

    [Test]
    public void Without_the_machines_figure_hs06_job_is_left_out() =>
        Assert.That(JobFeaturesPlanner.Values(null, new JobFacts { AllocatedCpu = 8, JobId = "7" }).Select(v => v.Key), Is.EqualTo(new[] { "allocated_cpu", "job_id" }));

    [TestCase("12 34")]
    [TestCase("caf\u00e9")]
    public void A_job_id_with_blanks_or_beyond_ascii_is_refused(string id) =>
        Assert.Throws<PushConfigException>(() => JobFeaturesPlanner.Values(null, new JobFacts { JobId = id }));

    [Test]
    public void The_published_figure_is_read_and_a_malformed_one_refused()
    {
        using var dir = new TempDirectory();
        Assert.That(MachineFigure.Published(dir.Path), Is.Null, "nothing published");
        File.WriteAllText(dir.Combine("hs06"), "812.35\n");
        File.WriteAllText(dir.Combine("total_cpu"), "64\n");
        Assert.That(MachineFigure.Published(dir.Path), Is.EqualTo(new MachineFigure { Hs06 = 812.35, TotalCpu = 64, Source = dir.Path }));
        File.WriteAllText(dir.Combine("total_cpu"), "64 cores\n");
        Assert.That(() => MachineFigure.Published(dir.Path), Throws.TypeOf<PushConfigException>().With.Message.EqualTo($"{dir.Combine("total_cpu")} holds '64 cores', not a whole number of at least 1"));
    }

    [Test]
    public void Cleanup_removes_only_the_keys_and_keeps_a_directory_with_other_files()
    {
        using var dir = new TempDirectory();
        var job = dir.Combine("job");
        Apply.Files(JobFeaturesPlanner.Plan(null, job, new JobFacts { JobId = "7", AllocatedCpu = 1 }));
        File.WriteAllText(Path.Combine(job, "pilot.log"), "mine");
        Assert.That(JobFeaturesCleanup.Remove(job, JobFeaturesCleanup.Present(job)), Is.False);
        Assert.That(Directory.GetFiles(job).Select(Path.GetFileName), Is.EqualTo(new[] { "pilot.log" }));
        File.Delete(Path.Combine(job, "pilot.log"));
        Assert.That(JobFeaturesCleanup.Remove(job, JobFeaturesCleanup.Present(job)), Is.True);
        Assert.That(Directory.Exists(job), Is.False);
    }

    [Test]
    public void Without_dir_or_JOBFEATURES_there_is_no_directory() =>
        Assert.Throws<PushConfigException>(() => MjfDirectory.JobFeatures(null, _ => null));
}
