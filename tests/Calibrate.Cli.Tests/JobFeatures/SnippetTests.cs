using Calibrate.TestSupport.Files;

namespace Calibrate.Cli.Tests.JobFeatures;

/// <summary>
/// The shipped PBS, LSF and HTCondor snippets run as their daemons would start them, with the arguments and
/// environment their documentation names (no such daemon is packaged for Debian 12): each writes the job's features
/// with this build of calibrate, and the matching epilog removes them.
/// </summary>
[NonParallelizable]
public sealed class SnippetTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Test]
    public void The_torque_prologue_passes_the_resource_list_and_the_epilogue_removes_the_directory()
    {
        using var root = new TempDirectory("calibrate-jf-pbs");
        var environment = BatchCommand.SnippetEnvironment(root.Path);
        var group = BatchCommand.Run(Limit, environment, "id", "-gn").Output.Trim();
        var prologue = BatchCommand.Run(Limit, environment, "sh", Snippet("pbs-prologue.sh"), "1234.pbs.example.org", Environment.UserName, group, "pilot", "neednodes=1:ppn=2,nodes=1:ppn=2,walltime=04:00:00,cput=08:00:00,mem=2gb");
        Assert.That(prologue.Exit, Is.Zero, prologue.Output);
        Assert.That(Keys(root.Combine("1234.pbs.example.org")), Is.EqualTo(new Dictionary<string, string>
        {
            ["allocated_cpu"] = "2",
            ["hs06_job"] = "43.5",
            ["job_id"] = "1234.pbs.example.org",
            ["wall_limit_secs"] = "14400",
            ["cpu_limit_secs"] = "28800",
            ["max_rss_bytes"] = "2147483648",
        }));

        var epilogue = BatchCommand.Run(Limit, environment, "sh", Snippet("pbs-epilogue.sh"), "1234.pbs.example.org");
        Assert.That(epilogue.Exit, Is.Zero, epilogue.Output);
        Assert.That(Directory.Exists(root.Combine("1234.pbs.example.org")), Is.False);
    }

    [Test]
    public void The_lsf_pre_exec_takes_this_hosts_slots_and_the_post_exec_removes_them()
    {
        using var root = new TempDirectory("calibrate-jf-lsf");
        var environment = BatchCommand.SnippetEnvironment(root.Path);
        environment["LSB_JOBID"] = "5678";
        environment["LSB_JOBINDEX"] = "0";
        environment["LSB_MCPU_HOSTS"] = $"{System.Net.Dns.GetHostName()} 1 wn999 1";
        environment["LSB_DJOB_NUMPROC"] = "2";
        var pre = BatchCommand.Run(Limit, environment, "sh", Snippet("lsf-pre-exec.sh"));
        Assert.That(pre.Exit, Is.Zero, pre.Output);
        Assert.That(Keys(root.Combine("jobfeatures_5678")), Is.EqualTo(new Dictionary<string, string> { ["allocated_cpu"] = "1", ["hs06_job"] = "21.75", ["job_id"] = "5678" }));

        var post = BatchCommand.Run(Limit, environment, "sh", Snippet("lsf-post-exec.sh"));
        Assert.That(post.Exit, Is.Zero, post.Output);
        Assert.That(Directory.Exists(root.Combine("jobfeatures_5678")), Is.False);
    }

    [Test]
    public void The_htcondor_wrapper_exports_JOBFEATURES_to_the_job_it_execs()
    {
        using var root = new TempDirectory("calibrate-jf-condor");
        var environment = BatchCommand.SnippetEnvironment(root.Path);
        File.WriteAllText(root.Combine("mf", "total_cpu"), "16\n");
        environment["_CONDOR_SCRATCH_DIR"] = root.Path;
        environment["_CONDOR_JOB_AD"] = Repository.Path("tests", "Calibrate.Pushers.Tests", "TestData", "jobenv", "htcondor.job.ad");
        environment["_CONDOR_MACHINE_AD"] = Repository.Path("tests", "Calibrate.Pushers.Tests", "TestData", "jobenv", "htcondor.machine.ad");
        var (exit, output) = BatchCommand.Run(Limit, environment, "sh", Snippet("htcondor-job-wrapper.sh"), "sh", "-c", "echo \"$JOBFEATURES\"; cat \"$JOBFEATURES/job_id\" \"$JOBFEATURES/hs06_job\" \"$JOBFEATURES/scratch_limit_bytes\"");
        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Is.EqualTo($"{root.Path}/.jobfeatures\n4711.3\n21.75\n21474836480\n"), "8 of 16 CPUs of 43.5 HS06; the slot's 20 GiB of disk");
    }

    private static string Snippet(string name) => Repository.Path("packaging", "jobfeatures", name);

    /// <summary>Every key but jobstart_secs (the clock), each value without its newline.</summary>
    private static Dictionary<string, string> Keys(string directory) =>
        Directory.GetFiles(directory).Where(f => Path.GetFileName(f) != "jobstart_secs").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).TrimEnd('\n'));
}
